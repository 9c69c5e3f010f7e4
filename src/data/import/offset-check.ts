import type { MultiPolygon, Polygon, Position } from 'geojson';
import type { ImportCrs, ImportResult } from '../../domain/import';
import { convertPosition } from '../../geo/crs';
import { pointInParts } from '../../geo/point-in-part';
import { type PreparedPart, prepareGeometry } from '../../geo/prepared-part';

/** Points compared: a share measured on 500 is within a few points in a hundred, far finer
 * than the 20-point margin below, and the district test is costly (its outline is detailed). */
const SAMPLE = 500;

function share(points: readonly Position[], area: readonly PreparedPart[]): number {
  if (points.length === 0) return 0;
  let inside = 0;
  for (const p of points) if (pointInParts(area, p[0] as number, p[1] as number)) inside++;
  return inside / points.length;
}

function sample(points: readonly Position[]): Position[] {
  if (points.length <= SAMPLE) return [...points];
  const step = points.length / SAMPLE;
  return Array.from({ length: SAMPLE }, (_, i) => points[Math.floor(i * step)] as Position);
}

/**
 * Compares how many points fall inside the district read as WGS-84 (as the file was read)
 * and read as GCJ-02 or BD-09. When a conversion puts a majority inside and at least 20
 * points in a hundred more than as read, the file probably holds Chinese map-service
 * coordinates: the result suggests that conversion. Data spread evenly over the district
 * loses only its edge points to a 0.5 km offset, so this catches edge-heavy data (zone
 * boundaries, firms along the river) and not every offset file.
 */
export function checkOffset(
  points: readonly Position[],
  district: Polygon | MultiPolygon,
): ImportResult['offsetWarning'] {
  const sampled = sample(points);
  const area = prepareGeometry(district);
  const asRead = share(sampled, area);
  // No reading can beat this one by the 20-point margin: skip the conversions.
  if (asRead > 0.8) return null;
  let best: { suggested: ImportCrs; insideSuggested: number } | null = null;
  for (const [kind, name] of [
    ['gcj02', 'GCJ-02'],
    ['bd09', 'BD-09'],
  ] as const) {
    const converted = sampled.map((p) => convertPosition(p, name, 'WGS-84'));
    const inside = share(converted, area);
    if (!best || inside > best.insideSuggested)
      best = { suggested: { kind }, insideSuggested: inside };
  }
  if (!best || best.insideSuggested < 0.5 || best.insideSuggested < asRead + 0.2) return null;
  return { suggested: best.suggested, insideAsRead: asRead, insideSuggested: best.insideSuggested };
}
