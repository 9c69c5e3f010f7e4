import type { MultiPolygon, Polygon } from 'geojson';
import { pointInParts } from './point-in-part';
import { prepareGeometry } from './prepared-part';

/**
 * The entries of `indices` whose point (lng[i], lat[i]) lies in `area` (boundary counts as
 * inside, as for the plan's zones). A box test rejects most points before the exact test.
 */
export function pointsInArea(
  area: Polygon | MultiPolygon,
  lng: Float64Array,
  lat: Float64Array,
  indices: Uint32Array,
): Uint32Array {
  const parts = prepareGeometry(area);
  let minX = Number.POSITIVE_INFINITY;
  let minY = Number.POSITIVE_INFINITY;
  let maxX = Number.NEGATIVE_INFINITY;
  let maxY = Number.NEGATIVE_INFINITY;
  for (const p of parts) {
    minX = Math.min(minX, p.minX);
    minY = Math.min(minY, p.minY);
    maxX = Math.max(maxX, p.maxX);
    maxY = Math.max(maxY, p.maxY);
  }
  const out: number[] = [];
  for (let k = 0; k < indices.length; k++) {
    const i = indices[k] as number;
    const x = lng[i] as number;
    const y = lat[i] as number;
    if (!(x >= minX && x <= maxX && y >= minY && y <= maxY)) continue;
    if (pointInParts(parts, x, y)) out.push(i);
  }
  return Uint32Array.from(out);
}
