import { pointInParts } from './point-in-part';
import type { PreparedZones } from './prepared-zones';
import { CELL_IN, CELL_OUT, cellOf } from './zone-grid';

// Boundary rule: see point-in-part.ts (a point on a zone's boundary counts as inside).

/**
 * Zone mask of one WGS-84 point ([lng, lat] in degrees): bit i set when the point lies in
 * ZONE_IDS[i] or on its boundary. Zones may overlap, so several bits can be set.
 */
export function zoneMaskOfPoint(prepared: PreparedZones, lng: number, lat: number): number {
  let mask = 0;
  for (const z of prepared.zones) {
    // Written as a negated conjunction so that NaN coordinates are rejected too.
    if (!(lng >= z.minX && lng <= z.maxX && lat >= z.minY && lat <= z.maxY)) continue;
    const g = z.grid;
    const cell =
      g.cells[cellOf(lat, g.minY, g.scaleY, g.ny) * g.nx + cellOf(lng, g.minX, g.scaleX, g.nx)];
    if (cell === CELL_OUT) continue;
    if (cell === CELL_IN || pointInParts(z.parts, lng, lat)) mask |= z.bit;
  }
  return mask;
}

/**
 * Zone masks of many points. `coords` holds WGS-84 degrees interleaved as lng0, lat0, lng1,
 * lat1, …; result[i] is the mask of point i. Per zone, a box test rejects most pairs and the
 * zone's grid answers most of the rest; only points in cells an edge touches get the exact
 * test. (Measured faster than a Flatbush over the points, whose build alone costs more than
 * all of this: see scripts/bench/link-bench.ts.)
 */
export function linkPoints(prepared: PreparedZones, coords: Float64Array): Uint32Array {
  const n = coords.length >> 1;
  const masks = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    masks[i] = zoneMaskOfPoint(prepared, coords[2 * i] as number, coords[2 * i + 1] as number);
  }
  return masks;
}
