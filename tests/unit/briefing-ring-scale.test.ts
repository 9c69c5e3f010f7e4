import type maplibregl from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { DisplayScaler } from '../../src/map/display-scale';
import { HIGHLIGHT_LAYER_IDS } from '../../src/map/highlight-ids';
import { RecordHighlights } from '../../src/map/highlight-layers';
import { wallScaledLayerIds } from '../../src/map/scaled-layers';

type Layer = { id: string; type: string; paint?: Record<string, unknown> };

/** Just what RecordHighlights and DisplayScaler use of a map: sources, layers, properties. */
function fakeMap() {
  const sources = new Map<string, { setData: () => void }>();
  const layers = new Map<string, Layer>();
  const map = {
    getSource: (id: string) => sources.get(id),
    addSource: (id: string) => sources.set(id, { setData: () => undefined }),
    addLayer: (layer: Layer) => layers.set(layer.id, { ...layer, paint: { ...layer.paint } }),
    getLayer: (id: string) => layers.get(id),
    moveLayer: () => undefined,
    getPaintProperty: (id: string, prop: string) => layers.get(id)?.paint?.[prop],
    setPaintProperty: (id: string, prop: string, v: unknown) => {
      const paint = layers.get(id)?.paint;
      if (paint) paint[prop] = v;
    },
    getLayoutProperty: () => undefined,
    setLayoutProperty: () => undefined,
  };
  return { map: map as unknown as maplibregl.Map, layers };
}

const paint = (layers: Map<string, Layer>, id: string) => ({
  radius: layers.get(id)?.paint?.['circle-radius'],
  stroke: layers.get(id)?.paint?.['circle-stroke-width'],
});

describe('briefing highlight rings on a wall', () => {
  it('are among the layers the wall scale grows', () => {
    const ids = wallScaledLayerIds();
    for (const id of Object.values(HIGHLIGHT_LAYER_IDS)) expect(ids).toContain(id);
  });

  it('grow radius and stroke with the display scale, from their designed size, both ways', () => {
    const { map, layers } = fakeMap();
    const scaler = new DisplayScaler(map, wallScaledLayerIds, () => undefined);
    const rings = new RecordHighlights(map);
    // Rings appear on a wall already at 2× (3840×2160): they take its scale when created.
    scaler.apply(2);
    expect(rings.set([{ ref: 'e:a', at: [106.3, 29.3] }])).toBe(true);
    scaler.apply(scaler.scale);
    const ring1080 = { radius: 17, stroke: 4 };
    const halo1080 = { radius: 17, stroke: 8 };
    expect(paint(layers, HIGHLIGHT_LAYER_IDS.ring)).toEqual({ radius: 34, stroke: 8 });
    expect(paint(layers, HIGHLIGHT_LAYER_IDS.halo)).toEqual({ radius: 34, stroke: 16 });
    // Applying the same scale again does not compound; a smaller screen shrinks them back.
    scaler.apply(2);
    expect(paint(layers, HIGHLIGHT_LAYER_IDS.ring)).toEqual({ radius: 34, stroke: 8 });
    scaler.apply(1);
    expect(paint(layers, HIGHLIGHT_LAYER_IDS.ring)).toEqual(ring1080);
    expect(paint(layers, HIGHLIGHT_LAYER_IDS.halo)).toEqual(halo1080);
    // 5120×1440 keeps the 1080-high frame: 4/3.
    scaler.apply(4 / 3);
    expect(paint(layers, HIGHLIGHT_LAYER_IDS.ring).radius).toBeCloseTo((17 * 4) / 3, 9);
  });
});
