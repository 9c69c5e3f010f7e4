import { booleanPointInPolygon, pointOnFeature } from '@turf/turf';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { isMultiPolygon, isPoint, isPolygon } from 'geojson-validation';
import { polygonSelfCrosses } from '../geo/ring-crossing';
import { type Props, SkipError } from './record-fields';

/**
 * Where a record may lie: the district (≈106.25–106.55 E, 29.26–29.56 N) with a wide margin,
 * in WGS-84 degrees. Outside it the coordinates are wrong (swapped, another CRS, a typo).
 */
export const NEIGHBOURHOOD = { west: 105.9, south: 29.0, east: 106.9, north: 29.9 } as const;

function asLngLat(p: Position | undefined, what: string): [number, number] {
  const [lng, lat] = p ?? [];
  if (
    typeof lng !== 'number' ||
    typeof lat !== 'number' ||
    !Number.isFinite(lng) ||
    !Number.isFinite(lat)
  ) {
    throw new SkipError('bad-geometry', `${what} must be finite [lng, lat] numbers`);
  }
  const { west, south, east, north } = NEIGHBOURHOOD;
  if (lng < west || lng > east || lat < south || lat > north) {
    throw new SkipError(
      'out-of-area',
      `${what} [${lng}, ${lat}] is outside ${west}–${east} E, ${south}–${north} N`,
    );
  }
  return [lng, lat];
}

function geometryType(geometry: unknown): string {
  return typeof geometry === 'object' && geometry !== null && 'type' in geometry
    ? String(geometry.type)
    : String(geometry);
}

/** A Point geometry as WGS-84 [lng, lat], checked to lie in NEIGHBOURHOOD. */
export function readPoint(geometry: unknown): [number, number] {
  if (geometryType(geometry) !== 'Point') {
    throw new SkipError('bad-geometry', `geometry must be a Point, got ${geometryType(geometry)}`);
  }
  const errors = isPoint(geometry, true);
  if (errors.length > 0) throw new SkipError('bad-geometry', errors.join('; '));
  return asLngLat((geometry as { coordinates: Position }).coordinates, 'coordinates');
}

/**
 * Rings must be lists of at least 4 positions before geojson-validation looks at them: it
 * throws on an empty ring (`[[]]`), which used to reject the whole file.
 */
function checkRingShape(geometry: { type: string; coordinates: unknown }): void {
  const c = geometry.coordinates;
  const polygons = geometry.type === 'Polygon' ? [c] : Array.isArray(c) ? c : [];
  if (!Array.isArray(c) || polygons.length === 0) {
    throw new SkipError('bad-geometry', 'the site has no coordinates');
  }
  for (const rings of polygons) {
    if (!Array.isArray(rings) || rings.length === 0) {
      throw new SkipError('bad-geometry', 'a site polygon has no rings');
    }
    for (const ring of rings) {
      if (!Array.isArray(ring) || ring.length < 4) {
        throw new SkipError('bad-geometry', 'a site ring needs at least 4 positions');
      }
    }
  }
}

/** More vertices than any site outline needs; also bounds the self-crossing check (O(n²)). */
export const MAX_SITE_VERTICES = 2000;

/**
 * Site vertices over one whole file: with the per-site cap it bounds the self-crossing checks
 * a file can ask for (a 100 MB file could otherwise hold 50,000 sites at the per-site limit).
 * About 4,000 sites of 50 vertices; the district's real project sites use a few thousand.
 */
export const MAX_FILE_SITE_VERTICES = 200_000;

/** What is left of a file's site-vertex allowance while its records are read in order. */
export interface SiteBudget {
  vertices: number;
}

/**
 * The site rebuilt from checked [lng, lat] pairs only: no foreign members or extra ordinates
 * travel on to the main thread, and a site that is too big or crosses itself is skipped here,
 * before any polygon overlay sees it.
 */
function cleanSite(raw: Polygon | MultiPolygon, budget: SiteBudget): Polygon | MultiPolygon {
  const polygons = raw.type === 'Polygon' ? [raw.coordinates] : raw.coordinates;
  let vertices = 0;
  for (const rings of polygons) for (const ring of rings) vertices += ring.length;
  if (vertices > MAX_SITE_VERTICES) {
    throw new SkipError(
      'too-many-vertices',
      `the site has ${vertices} vertices, the limit is ${MAX_SITE_VERTICES}`,
    );
  }
  // Counted before the self-crossing check, so the check's work stays within the allowance.
  if (vertices > budget.vertices) {
    // The first sites are kept; from here on every site of the file is skipped.
    budget.vertices = 0;
    throw new SkipError(
      'file-vertex-limit',
      `the file's sites exceed ${MAX_FILE_SITE_VERTICES} vertices in all; this site (${vertices}) and the sites after it were not loaded`,
    );
  }
  budget.vertices -= vertices;
  const clean = polygons.map((rings) =>
    rings.map((ring) => ring.map((p) => asLngLat(p, 'a site vertex'))),
  );
  for (const rings of clean) {
    if (polygonSelfCrosses(rings)) {
      throw new SkipError('self-intersecting', 'the site outline crosses itself');
    }
  }
  return raw.type === 'Polygon'
    ? { type: 'Polygon', coordinates: clean[0] ?? [] }
    : { type: 'MultiPolygon', coordinates: clean };
}

/**
 * A project's geometry: a Point, or a Polygon/MultiPolygon site whose representative point is
 * properties.anchor (checked to lie on the site) or, when absent, a point turf puts on it.
 */
export function readSite(
  geometry: unknown,
  props: Props,
  budget: SiteBudget = { vertices: MAX_FILE_SITE_VERTICES },
): { coordinates: [number, number]; site: Polygon | MultiPolygon | null } {
  const type = geometryType(geometry);
  if (type === 'Point') return { coordinates: readPoint(geometry), site: null };
  if (type !== 'Polygon' && type !== 'MultiPolygon') {
    throw new SkipError(
      'bad-geometry',
      `geometry must be a Point, Polygon or MultiPolygon, got ${type}`,
    );
  }
  checkRingShape(geometry as { type: string; coordinates: unknown });
  const errors = type === 'Polygon' ? isPolygon(geometry, true) : isMultiPolygon(geometry, true);
  if (errors.length > 0) throw new SkipError('bad-geometry', errors.join('; '));
  const site = cleanSite(geometry as Polygon | MultiPolygon, budget);
  const anchor = props.anchor;
  if (anchor === undefined || anchor === null) {
    const [lng, lat] = pointOnFeature(site).geometry.coordinates;
    return { coordinates: [lng ?? Number.NaN, lat ?? Number.NaN], site };
  }
  if (!Array.isArray(anchor)) throw new SkipError('bad-property', 'anchor must be [lng, lat]');
  const coordinates = asLngLat(anchor as Position, 'anchor');
  if (!booleanPointInPolygon(coordinates, site)) {
    throw new SkipError('bad-property', `anchor [${coordinates.join(', ')}] is not on the site`);
  }
  return { coordinates, site };
}
