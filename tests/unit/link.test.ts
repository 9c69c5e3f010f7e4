import { describe, expect, it } from 'vitest';
import { LINK_STATUSES } from '../../src/domain/entity';
import { LINK_STATUS_CODE, linkDataset, linkStatusAt, linkStatusOf } from '../../src/geo/link';
import { prepareZones } from '../../src/geo/prepared-zones';
import { zoneMaskOfGeometry } from '../../src/geo/site-in-zone';
import { enterprise, fixtureZones, project, rect } from './builders/zones';

const XIPENG = 1;
const JIULONG = 2;
const PENINSULA = 8;

function siteMask(w: number, s: number, e: number, n: number): number {
  return zoneMaskOfGeometry(prepareZones(fixtureZones()), rect(w, s, e, n));
}

describe('zoneMaskOfGeometry', () => {
  it('gives a site inside one zone that zone', () => expect(siteMask(1, 1, 2, 2)).toBe(XIPENG));
  it('gives a site straddling two zones both', () => {
    expect(siteMask(9, 1, 11, 2)).toBe(XIPENG | PENINSULA);
  });
  it('does not count a site that only touches a zone along an edge', () => {
    expect(siteMask(14, 1, 15, 2)).toBe(0);
  });
  it('does not count a site inside a hole', () => expect(siteMask(4.5, 4.5, 5.5, 5.5)).toBe(0));
  it('counts a site covering a hole and its rim', () => expect(siteMask(3, 3, 7, 7)).toBe(XIPENG));
  it('finds the second part of a multipolygon zone', () => {
    expect(siteMask(33, 1, 35, 2)).toBe(JIULONG);
  });
});

describe('linkStatusOf', () => {
  it('is consistent when the declared zone contains the point', () => {
    expect(linkStatusOf(XIPENG | JIULONG, 'jiulong-park')).toBe('consistent');
  });
  it('is outside-declared when the point lies in another zone', () => {
    expect(linkStatusOf(XIPENG, 'jiulong-park')).toBe('outside-declared');
  });
  it('is outside-declared when the point lies in no zone', () => {
    expect(linkStatusOf(0, 'xipeng-park')).toBe('outside-declared');
  });
  it('is undeclared when no zone is declared but the point lies in one', () => {
    expect(linkStatusOf(PENINSULA, null)).toBe('undeclared');
  });
  it('is outside-all when nothing is declared and no zone contains it', () => {
    expect(linkStatusOf(0, null)).toBe('outside-all');
  });
  it('codes statuses by their index in LINK_STATUSES', () => {
    expect(LINK_STATUSES.map((s) => LINK_STATUS_CODE[s])).toEqual([0, 1, 2, 3]);
  });
});

function dataset() {
  const enterprises = [
    enterprise('e1', [2, 2], { declared_zone: 'xipeng-park' }),
    enterprise('e2', [50, 50], { declared_zone: 'jiulong-park' }),
    enterprise('e3', [12, 2]),
    enterprise('e4', [50, 50]),
  ];
  const projects = [
    project('p1', [9.5, 1.5], {
      site: rect(9, 1, 11, 2),
      lead_enterprise: 'e1',
      participants: ['e3', 'e1'],
    }),
    project('p2', [2, 2], { declared_zone: 'jiulong-park', participants: ['e3', 'ghost'] }),
  ];
  return linkDataset(fixtureZones(), enterprises, projects);
}

describe('linkDataset', () => {
  it('computes enterprise masks in input order', () => {
    expect(Array.from(dataset().enterpriseMasks)).toEqual([XIPENG, 0, PENINSULA, 0]);
  });
  it('computes enterprise statuses', () => {
    const r = dataset();
    const statuses = [0, 1, 2, 3].map((i) => linkStatusAt(r.enterpriseStatus, i));
    expect(statuses).toEqual(['consistent', 'outside-declared', 'undeclared', 'outside-all']);
  });
  it('links a project by its site polygon when it has one', () => {
    expect(dataset().projectMasks[0]).toBe(XIPENG | PENINSULA);
  });
  it('links a project without a site by its point', () => {
    const r = dataset();
    expect([r.projectMasks[1], linkStatusAt(r.projectStatus, 1)]).toEqual([
      XIPENG,
      'outside-declared',
    ]);
  });
  it('lists projects per enterprise once each, lead or participant', () => {
    const byEnterprise = dataset().projectsByEnterprise;
    expect(Object.fromEntries(byEnterprise)).toEqual({ e1: [0], e3: [0, 1], ghost: [1] });
  });
  it('indexes records by id', () => {
    const r = dataset();
    expect([r.enterpriseIndexById.get('e3'), r.projectIndexById.get('p2')]).toEqual([2, 1]);
  });
});
