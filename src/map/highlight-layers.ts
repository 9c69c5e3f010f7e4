import type { FeatureCollection } from 'geojson';
import type maplibregl from 'maplibre-gl';
import type { CircleLayerSpecification, GeoJSONSource } from 'maplibre-gl';
import { HIGHLIGHT_LAYER_IDS } from './highlight-ids';

/** A record a briefing scene singles out, at its display position ([lng, lat]). */
export interface HighlightPoint {
  /** The scene's reference, `e:<id>` or `p:<id>`. */
  ref: string;
  at: [number, number];
}

export const HIGHLIGHT_SOURCE = 'briefing-highlights';

/**
 * A ring drawn from the record's own coordinates, above clusters and points: a record inside a
 * cluster at the scene's zoom is still singled out. A dark halo under a bright ring reads on the
 * light map, on aerial imagery and in the dark theme alike.
 */
function highlightLayers(): CircleLayerSpecification[] {
  const ring = (id: string, stroke: string, width: number): CircleLayerSpecification => ({
    id,
    type: 'circle',
    source: HIGHLIGHT_SOURCE,
    paint: {
      'circle-radius': 17,
      'circle-color': '#000000',
      'circle-opacity': 0,
      'circle-stroke-color': stroke,
      'circle-stroke-width': width,
    },
  });
  return [
    ring(HIGHLIGHT_LAYER_IDS.halo, '#1f2328', 8),
    ring(HIGHLIGHT_LAYER_IDS.ring, '#ffd21f', 4),
  ];
}

const collection = (points: readonly HighlightPoint[]): FeatureCollection => ({
  type: 'FeatureCollection',
  features: points.map((p) => ({
    type: 'Feature',
    properties: { ref: p.ref },
    geometry: { type: 'Point', coordinates: p.at },
  })),
});

/** The highlight rings of the scene shown; created on first use, kept on top of the data. */
export class RecordHighlights {
  constructor(private readonly map: maplibregl.Map) {}

  /** Shows rings at these points (none hides them); true when the layers were just created. */
  set(points: readonly HighlightPoint[]): boolean {
    if (points.length === 0 && !this.map.getSource(HIGHLIGHT_SOURCE)) return false;
    const created = this.ensure();
    this.map.getSource<GeoJSONSource>(HIGHLIGHT_SOURCE)?.setData(collection(points));
    // Layers added after ours (drawn shapes, imported layers) must not cover the rings.
    for (const layer of highlightLayers()) this.map.moveLayer(layer.id);
    return created;
  }

  private ensure(): boolean {
    if (this.map.getSource(HIGHLIGHT_SOURCE)) return false;
    this.map.addSource(HIGHLIGHT_SOURCE, { type: 'geojson', data: collection([]) });
    for (const layer of highlightLayers()) this.map.addLayer(layer);
    return true;
  }
}
