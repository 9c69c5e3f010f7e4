import { area, bbox, feature, featureCollection, intersect } from '@turf/turf';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { crossSign } from './orient';
import { pointInParts } from './point-in-part';
import { type PreparedPart, prepareGeometry } from './prepared-part';
import type { PreparedZone, PreparedZones } from './prepared-zones';

/**
 * Overlaps smaller than this (m²) are floating-point slivers along a shared edge, not real
 * overlap: polygon clipping of two polygons that only touch can leave one.
 */
export const MIN_OVERLAP_M2 = 1;

// RULE: a project site belongs to every zone it overlaps with positive area. A site that only
// touches a zone (shares an edge or a vertex with it) does not belong to it: a site drawn next
// to a park is not in the park. Points, by contrast, count when on the boundary (see
// point-in-zone.ts), because a point has no area to overlap with.

type Box = [number, number, number, number];

/**
 * Zone mask of a project site (WGS-84 [lng, lat]): bit i set when the site overlaps
 * ZONE_IDS[i] by at least MIN_OVERLAP_M2 square metres. Boxes that do not overlap with
 * positive area are rejected first; a site whose boundary never meets the zone's is decided
 * without clipping (separateOverlap); the rest go through the polygon intersection.
 */
export function zoneMaskOfGeometry(prepared: PreparedZones, geom: Polygon | MultiPolygon): number {
  const box = bbox(geom) as Box;
  const [west, south, east, north] = box;
  let site: { parts: PreparedPart[]; rings: Position[][] } | null = null;
  let mask = 0;
  for (const z of prepared.zones) {
    if (!(west < z.maxX && east > z.minX && south < z.maxY && north > z.minY)) continue;
    site ??= { parts: prepareGeometry(geom), rings: ringsOf(geom) };
    const quick = separateOverlap(geom, site.parts, site.rings, box, z);
    if (quick === null) {
      const overlap = intersect(featureCollection([feature(geom), feature(z.geometry)]));
      if (overlap && area(overlap) >= MIN_OVERLAP_M2) mask |= z.bit;
    } else if (quick) mask |= z.bit;
  }
  return mask;
}

const ringsOf = (g: Polygon | MultiPolygon): Position[][] =>
  g.type === 'Polygon' ? g.coordinates : g.coordinates.flat();

// A zone's rings, gathered once for every site tested against it.
const zoneRingsCache = new WeakMap<PreparedZone, Position[][]>();
function zoneRingsOf(zone: PreparedZone): Position[][] {
  let rings = zoneRingsCache.get(zone);
  if (!rings) {
    rings = ringsOf(zone.geometry);
    zoneRingsCache.set(zone, rings);
  }
  return rings;
}

/**
 * The overlap decision when the site's boundary and the zone's never meet (no edge of one
 * touches or crosses an edge of the other). Then every ring lies wholly inside or wholly
 * outside the other shape, and one vertex per ring tells which: the interiors are disjoint
 * when no ring of either lies inside the other, and the site lies within the zone when all its
 * rings are inside the zone and no zone ring (a hole) is inside the site. Null (clip instead)
 * when the boundaries meet or the rings are mixed.
 */
function separateOverlap(
  geom: Polygon | MultiPolygon,
  siteParts: readonly PreparedPart[],
  siteRings: readonly Position[][],
  box: Box,
  zone: PreparedZone,
): boolean | null {
  const zoneRings = zoneRingsOf(zone);
  // An empty ring has no vertex to decide by: clipping handles whatever that shape is.
  if (siteRings.some((r) => r.length === 0) || zoneRings.some((r) => r.length === 0)) return null;
  if (boundariesMeet(siteRings, zoneRings, box)) return null;
  if (zoneRings.some((r) => ringIn(siteParts, r))) return null;
  const inside = siteRings.map((r) => ringIn(zone.parts, r));
  if (inside.every((x) => !x)) return false;
  if (inside.every((x) => x)) return area(geom) >= MIN_OVERLAP_M2;
  return null;
}

const X = (p: Position) => p[0] as number;
const Y = (p: Position) => p[1] as number;

/** A ring whose boundary meets no other lies in the parts when its first vertex does. */
const ringIn = (parts: readonly PreparedPart[], ring: Position[]) =>
  pointInParts(parts, X(ring[0] as Position), Y(ring[0] as Position));

/** Sign of the turn a → b → p, exactly (orient.ts). */
const turn = (a: Position, b: Position, p: Position) =>
  crossSign(X(a) - X(p), X(b) - X(p), Y(a) - Y(p), Y(b) - Y(p));

/**
 * Whether any site edge touches or crosses any zone edge (shared points and collinear overlaps
 * included). Zone edges outside the site's box are skipped.
 */
function boundariesMeet(
  siteRings: readonly Position[][],
  zoneRings: readonly Position[][],
  [west, south, east, north]: Box,
): boolean {
  for (const zr of zoneRings) {
    for (let j = 0; j + 1 < zr.length; j++) {
      const c = zr[j] as Position;
      const d = zr[j + 1] as Position;
      if (Math.max(X(c), X(d)) < west || Math.min(X(c), X(d)) > east) continue;
      if (Math.max(Y(c), Y(d)) < south || Math.min(Y(c), Y(d)) > north) continue;
      for (const sr of siteRings) {
        for (let i = 0; i + 1 < sr.length; i++) {
          if (segmentsMeet(sr[i] as Position, sr[i + 1] as Position, c, d)) return true;
        }
      }
    }
  }
  return false;
}

/** Closed segments a–b and c–d share a point (the four turns; boxes for collinear ones). */
function segmentsMeet(a: Position, b: Position, c: Position, d: Position): boolean {
  if (Math.max(X(a), X(b)) < Math.min(X(c), X(d))) return false;
  if (Math.max(X(c), X(d)) < Math.min(X(a), X(b))) return false;
  if (Math.max(Y(a), Y(b)) < Math.min(Y(c), Y(d))) return false;
  if (Math.max(Y(c), Y(d)) < Math.min(Y(a), Y(b))) return false;
  return turn(a, b, c) * turn(a, b, d) <= 0 && turn(c, d, a) * turn(c, d, b) <= 0;
}
