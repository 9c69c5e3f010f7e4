import type { StyleSpecification } from 'maplibre-gl';
import { BASE_COLOURS } from '../ui/palette';
import { BASE_LAYERS, LABEL_LAYERS, SOURCES, ZONE_LAYERS } from './layer-specs';

const empty = { type: 'FeatureCollection' as const, features: [] };

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
    },
    layers: [
      {
        id: 'background',
        type: 'background',
        paint: { 'background-color': BASE_COLOURS.background },
      },
      ...BASE_LAYERS,
      ...ZONE_LAYERS,
      ...LABEL_LAYERS,
    ],
  };
}
