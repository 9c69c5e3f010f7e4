import fc from 'fast-check';
import Flatbush from 'flatbush';
import { describe, expect, it } from 'vitest';
import { spatialIndexData, spatialIndexFromCoords } from '../../src/geo/point-columns';

describe('the spatial index built from coordinate pairs (the spatial worker)', () => {
  it('is byte for byte the index the page builds from the records', () => {
    const point = fc.tuple(fc.double({ min: 105, max: 107 }), fc.double({ min: 29, max: 30 }));
    fc.assert(
      fc.property(fc.array(point, { maxLength: 300 }), (points) => {
        const records = points.map((coordinates) => ({ id: '', coordinates, synthetic: false }));
        const coords = new Float64Array(points.flat());
        const fromCoords = spatialIndexFromCoords(coords, Flatbush);
        const fromRecords = spatialIndexData(records, Flatbush);
        if (points.length === 0) {
          expect([fromCoords, fromRecords]).toEqual([null, null]);
          return;
        }
        expect(new Uint8Array(fromCoords as ArrayBuffer)).toEqual(
          new Uint8Array(fromRecords as ArrayBuffer),
        );
      }),
    );
  });
});
