import type { MultiPolygon, Position } from 'geojson';
import type { UserLayer } from './user-layer';

/** Every polygon of a layer as one MultiPolygon (null when it has none). */
export function layerPolygons(layer: UserLayer): MultiPolygon | null {
  const parts: Position[][][] = [];
  for (const f of layer.features) {
    const g = f.geometry;
    if (g?.type === 'Polygon') parts.push(g.coordinates);
    else if (g?.type === 'MultiPolygon') parts.push(...g.coordinates);
  }
  return parts.length ? { type: 'MultiPolygon', coordinates: parts } : null;
}
