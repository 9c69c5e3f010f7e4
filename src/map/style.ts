import type { StyleSpecification } from 'maplibre-gl';
import { BASE_COLOURS } from '../ui/palette';
import { ENTITY_LAYERS, ENTITY_SOURCES } from './entity-layers';
import { LABEL_LAYERS } from './label-layers';
import { BASE_LAYERS, SOURCES, ZONE_LAYERS } from './layer-specs';

const empty = { type: 'FeatureCollection' as const, features: [] };

/**
 * Point sources are cut into tiles with no buffer: a point sits in one tile only, where the
 * default buffer also put points near an edge into the neighbouring tiles, each drawing and
 * uploading them again (circles and text are not clipped at tile edges, so nothing is lost).
 */
const points = { type: 'geojson' as const, buffer: 0 };

/** Clustered by us (geo/cluster-view): the source holds only clusters and points near the view. */
const clustered = { ...points, promoteId: 'i' };

/**
 * The offline default style: no tiles, no sprite, no glyph server. Every source is GeoJSON that
 * the app hands over once its datasets have loaded and validated.
 */
export function offlineStyle(): StyleSpecification {
  return {
    version: 8,
    name: 'jlp-offline',
    sources: {
      [SOURCES.context]: { type: 'geojson', data: empty },
      [SOURCES.district]: { type: 'geojson', data: empty },
      [SOURCES.zones]: { type: 'geojson', data: empty, promoteId: 'zone_id' },
      [SOURCES.labels]: { ...points, data: empty },
      // Clustered at district zoom, single points from zoom 14 (street level), see cluster-feed.
      [ENTITY_SOURCES.enterprises]: { ...clustered, data: empty },
      [ENTITY_SOURCES.projects]: { ...clustered, data: empty },
      [ENTITY_SOURCES.sites]: { type: 'geojson', data: empty, promoteId: 'i' },
    },
    layers: [
      {
        id: 'background',
        type: 'background',
        paint: { 'background-color': BASE_COLOURS.background },
      },
      ...BASE_LAYERS,
      ...ZONE_LAYERS,
      ...ENTITY_LAYERS.filter((l) => 'source' in l && l.source === ENTITY_SOURCES.sites),
      // Labels under the clusters: symbols higher in the stack are placed first, so the clusters'
      // collision boxes are taken before the labels, which then pick a free anchor around their
      // point (layer-specs) instead of sitting on a count.
      ...LABEL_LAYERS,
      ...ENTITY_LAYERS.filter((l) => !('source' in l) || l.source !== ENTITY_SOURCES.sites),
    ],
  };
}
