import { area, bbox, feature, featureCollection, intersect } from '@turf/turf';
import type { MultiPolygon, Polygon } from 'geojson';
import type { PreparedZones } from './prepared-zones';

/**
 * Overlaps smaller than this (m²) are floating-point slivers along a shared edge, not real
 * overlap: polygon clipping of two polygons that only touch can leave one.
 */
export const MIN_OVERLAP_M2 = 1;

// RULE: a project site belongs to every zone it overlaps with positive area. A site that only
// touches a zone (shares an edge or a vertex with it) does not belong to it: a site drawn next
// to a park is not in the park. Points, by contrast, count when on the boundary (see
// point-in-zone.ts), because a point has no area to overlap with.

/**
 * Zone mask of a project site (WGS-84 [lng, lat]): bit i set when the site overlaps
 * ZONE_IDS[i] by at least MIN_OVERLAP_M2 square metres. Boxes that do not overlap with
 * positive area are rejected before the polygon intersection.
 */
export function zoneMaskOfGeometry(prepared: PreparedZones, geom: Polygon | MultiPolygon): number {
  const [west, south, east, north] = bbox(geom);
  const site = feature(geom);
  let mask = 0;
  for (const z of prepared.zones) {
    if (!(west < z.maxX && east > z.minX && south < z.maxY && north > z.minY)) continue;
    const overlap = intersect(featureCollection([site, feature(z.geometry)]));
    if (overlap && area(overlap) >= MIN_OVERLAP_M2) mask |= z.bit;
  }
  return mask;
}
