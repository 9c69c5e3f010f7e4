import { distance } from '@turf/turf';
import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { convertGeometry, convertPosition } from '../../src/geo/crs';

/** Points across 九龙坡区 (WGS-84 [lng, lat]): centre, 西彭, 九龙半岛, 石桥铺. */
const DISTRICT_POINTS: [number, number][] = [
  [106.45, 29.42],
  [106.305, 29.335],
  [106.536, 29.489],
  [106.489, 29.539],
];

const metres = (a: number[], b: number[]) => distance(a, b, { units: 'kilometers' }) * 1000;

describe('GCJ-02 → WGS-84 in Chongqing', () => {
  it('moves a point about −0.0043° lon, +0.0028° lat (±0.0005°)', () => {
    const [lng = 0, lat = 0] = convertPosition([106.5, 29.5], 'GCJ-02', 'WGS-84');
    expect(Math.abs(lng - 106.5 + 0.0043)).toBeLessThanOrEqual(0.0005);
    expect(Math.abs(lat - 29.5 - 0.0028)).toBeLessThanOrEqual(0.0005);
  });

  it('has the same offset (−0.0036…−0.0041° lon, +0.0025…+0.0030° lat) across the district', () => {
    for (const p of DISTRICT_POINTS) {
      const [lng = 0, lat = 0] = convertPosition(p, 'GCJ-02', 'WGS-84');
      expect(lng - p[0]).toBeGreaterThan(-0.0041);
      expect(lng - p[0]).toBeLessThan(-0.0036);
      expect(lat - p[1]).toBeGreaterThan(0.0025);
      expect(lat - p[1]).toBeLessThan(0.003);
    }
  });
});

describe('round trips', () => {
  it('WGS-84 → GCJ-02 → WGS-84 returns within 1 m', () => {
    for (const p of DISTRICT_POINTS) {
      const back = convertPosition(convertPosition(p, 'WGS-84', 'GCJ-02'), 'GCJ-02', 'WGS-84');
      expect(metres(p, back)).toBeLessThan(1);
    }
  });

  it('WGS-84 → BD-09 → WGS-84 returns within 1 m', () => {
    for (const p of DISTRICT_POINTS) {
      const back = convertPosition(convertPosition(p, 'WGS-84', 'BD-09'), 'BD-09', 'WGS-84');
      expect(metres(p, back)).toBeLessThan(1);
    }
  });

  it('moves BD-09 a further ~0.0065° east of GCJ-02', () => {
    const [lng = 0] = convertPosition([106.5, 29.5], 'GCJ-02', 'BD-09');
    expect(lng - 106.5).toBeCloseTo(0.0065, 3);
  });
});

describe('convertGeometry', () => {
  it('converts every position and leaves the input untouched', () => {
    const square: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [106.5, 29.5],
          [106.51, 29.5],
          [106.51, 29.51],
          [106.5, 29.5],
        ],
      ],
    };
    const before = JSON.stringify(square);
    const wgs = convertGeometry(square, 'GCJ-02', 'WGS-84');
    expect(JSON.stringify(square)).toBe(before);
    expect(wgs.coordinates[0]).toHaveLength(4);
    expect(wgs.coordinates[0]?.[0]).toEqual(convertPosition([106.5, 29.5], 'GCJ-02', 'WGS-84'));
  });

  it('is the identity when both systems are the same', () => {
    expect(convertPosition([106.5, 29.5], 'WGS-84', 'WGS-84')).toEqual([106.5, 29.5]);
  });
});
