import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { area } from '@turf/turf';
import fc from 'fast-check';
import type { FeatureCollection, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { areaKm2 } from '../../src/geo/area';

// areaKm2 is turf's spherical area written out (so the first paint does not carry turf).
const ROOT = join(import.meta.dirname, '../..');
const read = (name: string) =>
  JSON.parse(readFileSync(join(ROOT, 'data/geojson', name), 'utf8')) as FeatureCollection;

describe('areaKm2 without turf', () => {
  it('equals turf on every zone, the district and its neighbours', () => {
    const features = ['zones.geojson', 'district.geojson', 'context.geojson'].flatMap(
      (f) => read(f).features,
    );
    expect(features.length).toBeGreaterThan(5);
    for (const f of features) {
      expect(areaKm2(f)).toBeCloseTo(area(f) / 1e6, 9);
      if (f.geometry) expect(areaKm2(f.geometry)).toBeCloseTo(area(f.geometry) / 1e6, 9);
    }
  });

  it('equals turf on random polygons with holes', () => {
    const point = fc.tuple(
      fc.double({ min: 105, max: 108, noNaN: true }),
      fc.double({ min: 28, max: 31, noNaN: true }),
    );
    const ring = fc.array(point, { minLength: 3, maxLength: 12 }).map((ps) => [...ps, ps[0]]);
    fc.assert(
      fc.property(fc.array(ring, { minLength: 1, maxLength: 3 }), (rings) => {
        const polygon: Polygon = { type: 'Polygon', coordinates: rings as number[][][] };
        expect(areaKm2(polygon)).toBeCloseTo(area(polygon) / 1e6, 6);
      }),
      { numRuns: 500 },
    );
  });
});
