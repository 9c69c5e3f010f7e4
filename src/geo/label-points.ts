import {
  along,
  booleanPointInPolygon,
  centerOfMass,
  length,
  lineString,
  point,
  pointOnFeature,
} from '@turf/turf';
import type { Feature, LineString, MultiLineString, MultiPolygon, Point, Polygon } from 'geojson';

export interface LabelProps {
  role: 'zone' | 'district' | 'neighbour' | 'river';
  name_zh: string;
  name_en: string;
  zone_id?: string;
  /** Lower ranks win label collisions. */
  rank: number;
}

export type LabelFeature = Feature<Point, LabelProps>;

/**
 * A label anchor inside an area: its centre of mass when that lies inside (usual for compact
 * shapes), otherwise a point guaranteed to be on the shape. Returns [lng, lat].
 */
export function areaLabelAnchor(geometry: Polygon | MultiPolygon): [number, number] {
  const feature = { type: 'Feature' as const, properties: {}, geometry };
  const centre = centerOfMass(feature);
  if (booleanPointInPolygon(centre, feature))
    return centre.geometry.coordinates as [number, number];
  return pointOnFeature(feature).geometry.coordinates as [number, number];
}

/** The midpoint along a line (the longest part of a MultiLineString), [lng, lat]. */
export function lineLabelAnchor(
  geometry: LineString | MultiLineString,
  fraction = 0.5,
): [number, number] {
  const parts = geometry.type === 'LineString' ? [geometry.coordinates] : geometry.coordinates;
  let best = parts[0] ?? [];
  let bestKm = 0;
  for (const part of parts) {
    if (part.length < 2) continue;
    const km = length(lineString(part), { units: 'kilometers' });
    if (km > bestKm) [best, bestKm] = [part, km];
  }
  if (best.length < 2) return (best[0] ?? [0, 0]) as [number, number];
  return along(lineString(best), bestKm * fraction, { units: 'kilometers' }).geometry
    .coordinates as [number, number];
}

export function labelPoint(at: [number, number], props: LabelProps): LabelFeature {
  return point(at, props) as LabelFeature;
}
