import type { StyleSpecification } from 'maplibre-gl';
import { BASE_COLOURS } from '../ui/palette';
import { ENTITY_LAYERS, ENTITY_SOURCES } from './entity-layers';
import { BASE_LAYERS, LABEL_LAYERS, SOURCES, ZONE_LAYERS } from './layer-specs';

const empty = { type: 'FeatureCollection' as const, features: [] };

/** Point clustering as designed for a 1920×1080 screen (walls scale it, see display-scale). */
export const CLUSTERING = { clusterRadius: 45, clusterMaxZoom: 13 } as const;

const clustered = {
  type: 'geojson' as const,
  cluster: true,
  ...CLUSTERING,
  promoteId: 'i',
};

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
      [SOURCES.labels]: { type: 'geojson', data: empty },
      // Clustered at district zoom, single points from zoom 14 (street level).
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
      ...ENTITY_LAYERS,
      // Labels on top: symbols higher in the stack are placed first, so zone and district names
      // win over cluster counts (which may overlap and stay visible).
      ...LABEL_LAYERS,
    ],
  };
}
