import type { Feature } from 'geojson';
import { describe, expect, it } from 'vitest';
import { drawingCollection } from '../../src/map/drawing-collection';

function imported(): Feature[] {
  return [
    {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [106.5, 29.4] },
      properties: { 企业名称: '甲', 行业: '软件', 经度: '106.5', 纬度: '29.4' },
    },
    {
      type: 'Feature',
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [106.4, 29.3],
            [106.5, 29.3],
            [106.5, 29.4],
            [106.4, 29.3],
          ],
        ],
      },
      properties: { name: '乙' },
    },
  ];
}

describe('drawingCollection (what the map is handed for a user layer)', () => {
  it('keeps every geometry in order and drops the imported columns', () => {
    const features = imported();
    const drawn = drawingCollection(features);
    expect(drawn.type).toBe('FeatureCollection');
    expect(drawn.features.map((f) => f.geometry)).toEqual(features.map((f) => f.geometry));
    for (const f of drawn.features) expect(f.properties).toEqual({});
  });

  it('leaves the imported features as they were (lists, exports and storage read them)', () => {
    const features = imported();
    const before = structuredClone(features);
    drawingCollection(features);
    expect(features).toEqual(before);
  });

  it('gives the same collection for the same features array, a new one for a new array', () => {
    const features = imported();
    const first = drawingCollection(features);
    expect(drawingCollection(features)).toBe(first);
    expect(drawingCollection([...features])).not.toBe(first);
  });
});
