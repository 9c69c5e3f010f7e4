import Flatbush from 'flatbush';
import { describe, expect, it } from 'vitest';
import type { LngLat } from '../../src/domain/filter';
import { buildEntityIndex } from '../../src/geo/entity-index';
import { applyFilter, type DatasetMatch } from '../../src/geo/filter-engine';
import { company, type FilterWorld, spec, works, world } from './builders/filter-world';

function run(w: FilterWorld, over: Parameters<typeof spec>[0]) {
  const result = applyFilter(
    buildEntityIndex(w.enterprises, w.projects, w.link, Flatbush),
    spec(over),
  );
  const names = (m: DatasetMatch, records: readonly { id: string }[]) =>
    Array.from(m.indices, (i) => records[i]?.id);
  return {
    enterprises: names(result.enterprises, w.enterprises),
    projects: names(result.projects, w.projects),
    result,
  };
}

/** Points 1 km apart roughly, near 杨家坪. */
const P = (dx: number, dy: number): LngLat => [106.5 + dx * 0.01, 29.5 + dy * 0.01];

describe('applyFilter: attributes', () => {
  it('matches everything with the empty filter', () => {
    const w = world([{ record: company('a', P(0, 0)) }], [{ record: works('p', P(0, 0)) }]);
    expect(run(w, {}).enterprises).toEqual(['a']);
    expect(run(w, {}).projects).toEqual(['p']);
  });

  it('matches a zone when the mask has any chosen zone bit', () => {
    const w = world([
      { record: company('park', P(0, 0)), mask: 0b0001 },
      { record: company('both', P(0, 0)), mask: 0b0101 },
      { record: company('belt', P(0, 0)), mask: 0b0100 },
      { record: company('none', P(0, 0)), mask: 0 },
    ]);
    expect(run(w, { zones: ['xipeng-park'] }).enterprises).toEqual(['park', 'both']);
    expect(run(w, { zones: ['jiulong-park', 'yangjiaping-belt'] }).enterprises).toEqual([
      'both',
      'belt',
    ]);
  });

  it('ORs values within an attribute and ANDs across attributes', () => {
    const w = world([
      { record: company('h2', P(0, 0), { industry: '氢能源', categories: ['高新技术企业'] }) },
      { record: company('mat', P(0, 0), { industry: '新材料', categories: ['科技型企业'] }) },
      { record: company('h2-plain', P(0, 0), { industry: '氢能源' }) },
    ]);
    expect(run(w, { industries: ['氢能源', '新材料'] }).enterprises).toEqual([
      'h2',
      'mat',
      'h2-plain',
    ]);
    expect(
      run(w, { industries: ['氢能源'], categories: ['高新技术企业', '科技型企业'] }).enterprises,
    ).toEqual(['h2']);
  });

  it('matches an enterprise having any of the chosen categories', () => {
    const w = world([
      { record: company('two', P(0, 0), { categories: ['规上工业企业', '有研发机构'] }) },
      { record: company('none', P(0, 0)) },
    ]);
    expect(run(w, { categories: ['有研发机构', '新型研发机构'] }).enterprises).toEqual(['two']);
  });

  it('matches enterprises of any chosen record kind and leaves projects alone', () => {
    const w = world(
      [
        { record: company('firm', P(0, 0), { org_kind: 'enterprise' }) },
        { record: company('uni', P(0, 0), { org_kind: 'university', industry: '其他' }) },
        { record: company('lab', P(0, 0), { org_kind: 'research-institute' }) },
      ],
      [{ record: works('p', P(0, 0)) }],
    );
    const got = run(w, { orgKinds: ['university'] });
    expect(got.enterprises).toEqual(['uni']);
    expect(got.projects).toEqual(['p']);
    expect(run(w, { orgKinds: ['research-institute', 'university'] }).enterprises).toEqual([
      'uni',
      'lab',
    ]);
    expect(run(w, { orgKinds: ['university'], industries: ['新材料'] }).enterprises).toEqual([]);
    expect(run(w, { orgKinds: ['platform'] }).enterprises).toEqual([]);
  });

  it('applies year ranges inclusively and fails unknown years', () => {
    const w = world([
      { record: company('y2010', P(0, 0), { founded: 2010 }) },
      { record: company('y2015', P(0, 0), { founded: 2015 }) },
      { record: company('unknown', P(0, 0), { founded: null }) },
    ]);
    expect(run(w, { years: { min: 2010, max: 2015 } }).enterprises).toEqual(['y2010', 'y2015']);
    expect(run(w, { years: { min: 2011, max: null } }).enterprises).toEqual(['y2015']);
    expect(run(w, { years: { min: null, max: null } }).enterprises).toHaveLength(3);
  });

  it('filters projects by type, status, investment and start year, not by industry', () => {
    const w = world(
      [],
      [
        { record: works('big', P(0, 0), { investment_yi: 40, type: '产业项目', status: '在建' }) },
        { record: works('small', P(0, 0), { investment_yi: 0.5, start_year: 2021 }) },
        { record: works('secret', P(0, 0), { investment_yi: null }) },
      ],
    );
    expect(run(w, { investment: { min: 1, max: null } }).projects).toEqual(['big']);
    expect(run(w, { investment: { min: null, max: 40 } }).projects).toEqual(['big', 'small']);
    expect(run(w, { projectStatuses: ['在建'], industries: ['氢能源'] }).projects).toEqual(['big']);
    expect(run(w, { years: { min: 2021, max: 2021 } }).projects).toEqual(['small']);
  });

  it('filters by link status and drops synthetic records on request', () => {
    const w = world([
      { record: company('real-in', P(0, 0)), link: 'consistent' },
      { record: company('fake-out', P(0, 0), { synthetic: true }), link: 'outside-declared' },
      { record: company('real-out', P(0, 0)), link: 'outside-declared' },
    ]);
    expect(run(w, { linkStatuses: ['outside-declared'] }).enterprises).toEqual([
      'fake-out',
      'real-out',
    ]);
    expect(run(w, { includeSynthetic: false }).enterprises).toEqual(['real-in', 'real-out']);
  });

  it('handles empty datasets', () => {
    const r = run(world([]), {
      shapes: [{ kind: 'circle', id: 'c', center: P(0, 0), radiusKm: 1 }],
    });
    expect(r.result.enterprises.count).toBe(0);
    expect(r.result.projects.count).toBe(0);
  });
});
