import { describe, expect, it } from 'vitest';
import { COLLECTION_HEAD, COLLECTION_TAIL, pointFeaturesJson } from '../../src/geo/points-json';

function columns() {
  return {
    lng: Float64Array.from([106.1, 106.2, 106.3]),
    lat: Float64Array.from([29.1, 29.2, 29.3]),
    classes: Uint8Array.from([5, 0, 2]),
  };
}

describe('pointFeaturesJson', () => {
  it('writes only the matching records, with their index and class, as valid GeoJSON', () => {
    const c = columns();
    const indices = Uint32Array.from([0, 2]);
    const text =
      COLLECTION_HEAD + pointFeaturesJson(c.lng, c.lat, c.classes, indices, 0, 2) + COLLECTION_TAIL;
    const fc = JSON.parse(text);
    expect(fc.features).toHaveLength(2);
    expect(fc.features[1]).toEqual({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [106.3, 29.3] },
      properties: { i: 2, c: 2 },
    });
  });

  it('writes slices that join into one collection', () => {
    const c = columns();
    const indices = Uint32Array.from([0, 1, 2]);
    const parts = [
      pointFeaturesJson(c.lng, c.lat, c.classes, indices, 0, 2),
      pointFeaturesJson(c.lng, c.lat, c.classes, indices, 2, 3),
    ];
    const fc = JSON.parse(COLLECTION_HEAD + parts.join(',') + COLLECTION_TAIL);
    expect(fc.features.map((f: { properties: { i: number } }) => f.properties.i)).toEqual([
      0, 1, 2,
    ]);
  });
});
