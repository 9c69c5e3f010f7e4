import { describe, expect, it } from 'vitest';
import type { ZoneFeature } from '../../src/domain/zone';
import { linkPoints, zoneMaskOfPoint } from '../../src/geo/point-in-zone';
import { prepareZones } from '../../src/geo/prepared-zones';
import { fixtureZones, rect, zoneFeature } from './builders/zones';

const XIPENG = 1;
const JIULONG = 2;
const YANGJIAPING = 4;
const PENINSULA = 8;

function maskAt(lng: number, lat: number): number {
  return zoneMaskOfPoint(prepareZones(fixtureZones()), lng, lat);
}

describe('zoneMaskOfPoint: polygon with a hole', () => {
  it('is inside between the outer ring and the hole', () => expect(maskAt(2, 2)).toBe(XIPENG));
  it('is outside in the hole', () => expect(maskAt(5, 5)).toBe(0));
  it('is outside beyond the outer ring', () => expect(maskAt(-1, 5)).toBe(0));
  it('counts a point on an outer edge as inside', () => expect(maskAt(0, 5)).toBe(XIPENG));
  it('counts a point on an outer vertex as inside', () => expect(maskAt(0, 10)).toBe(XIPENG));
  it('counts a point on a horizontal outer edge as inside', () =>
    expect(maskAt(3, 10)).toBe(XIPENG));
  it('counts a point on a hole edge as inside', () => expect(maskAt(4, 5)).toBe(XIPENG));
  it('counts a point on a hole vertex as inside', () => expect(maskAt(6, 6)).toBe(XIPENG));
  it('counts a point on a horizontal hole edge as inside', () => expect(maskAt(5, 4)).toBe(XIPENG));
});

describe('zoneMaskOfPoint: multipolygons, diagonals, overlaps', () => {
  it('finds a point in the second part of a multipolygon', () =>
    expect(maskAt(32, 2)).toBe(JIULONG));
  it('rejects a point between the parts', () => expect(maskAt(27, 2)).toBe(0));
  it('sets both bits where a belt overlaps a park', () => {
    expect(maskAt(21, 2)).toBe(JIULONG | YANGJIAPING);
  });
  it('counts a point on a diagonal edge as inside', () => expect(maskAt(19, 1)).toBe(YANGJIAPING));
  it('rejects a point just off a diagonal edge', () => expect(maskAt(19, 1.000001)).toBe(0));
  it('gives a point on an edge shared by two zones both bits', () => {
    expect(maskAt(10, 2)).toBe(XIPENG | PENINSULA);
  });
  it('keeps bit positions fixed when zones are missing', () => {
    const prepared = prepareZones([zoneFeature('jiulong-peninsula-belt', rect(0, 0, 1, 1))]);
    expect(zoneMaskOfPoint(prepared, 0.5, 0.5)).toBe(PENINSULA);
  });
  it('returns 0 for NaN coordinates', () => expect(maskAt(Number.NaN, 2)).toBe(0));
});

describe('prepareZones', () => {
  it('orders zones as ZONE_IDS whatever the input order', () => {
    const ids = prepareZones(fixtureZones().reverse()).zones.map((z) => z.id);
    expect(ids).toEqual([
      'xipeng-park',
      'jiulong-park',
      'yangjiaping-belt',
      'jiulong-peninsula-belt',
    ]);
  });
  it('ignores axis features', () => {
    const axis = {
      type: 'Feature',
      geometry: {
        type: 'LineString',
        coordinates: [
          [0, 0],
          [1, 1],
        ],
      },
      properties: { zone_id: 'xipeng-park', role: 'axis' },
    } as unknown as ZoneFeature;
    expect(prepareZones([axis]).zones).toHaveLength(0);
  });
  it('closes unclosed rings', () => {
    const open = rect(0, 0, 2, 2);
    open.coordinates[0]?.pop();
    const prepared = prepareZones([zoneFeature('xipeng-park', open)]);
    expect(zoneMaskOfPoint(prepared, 1, 1)).toBe(XIPENG);
  });
  it('merges several features of one zone', () => {
    const prepared = prepareZones([
      zoneFeature('xipeng-park', rect(0, 0, 1, 1)),
      zoneFeature('xipeng-park', rect(5, 5, 6, 6)),
    ]);
    expect([zoneMaskOfPoint(prepared, 0.5, 0.5), zoneMaskOfPoint(prepared, 5.5, 5.5)]).toEqual([
      1, 1,
    ]);
  });
});

describe('linkPoints', () => {
  it('returns one mask per interleaved lng,lat pair', () => {
    const masks = linkPoints(prepareZones(fixtureZones()), Float64Array.from([2, 2, 5, 5, 21, 2]));
    expect(Array.from(masks)).toEqual([XIPENG, 0, JIULONG | YANGJIAPING]);
  });
});
