import type { Geometry, Position } from 'geojson';
import type { ImportIssue } from '../../domain/import';
import { isRingClosed } from '../../geo/ring';
import { issue } from './import-error';

const SUPPORTED = new Set([
  'Point',
  'MultiPoint',
  'LineString',
  'MultiLineString',
  'Polygon',
  'MultiPolygon',
]);

function isPosition(p: unknown): p is Position {
  return (
    Array.isArray(p) &&
    p.length >= 2 &&
    p.length <= 4 &&
    p.every((v) => typeof v === 'number' && Number.isFinite(v))
  );
}

function isPositions(a: unknown, min: number): a is Position[] {
  return Array.isArray(a) && a.length >= min && a.every(isPosition);
}

/** Nesting of positions per geometry type: 0 = Position, 1 = Position[], … */
const DEPTH: Record<string, number> = {
  Point: 0,
  MultiPoint: 1,
  LineString: 1,
  MultiLineString: 2,
  Polygon: 2,
  MultiPolygon: 3,
};

function hasShape(c: unknown, depth: number, type: string): boolean {
  if (depth === 0) return isPosition(c);
  if (depth === 1) return isPositions(c, type === 'LineString' ? 2 : type === 'MultiPoint' ? 1 : 0);
  return Array.isArray(c) && c.length > 0 && c.every((x) => hasShape(x, depth - 1, type));
}

function ringsOf(geometry: Geometry): Position[][] {
  if (geometry.type === 'Polygon') return geometry.coordinates;
  if (geometry.type === 'MultiPolygon') return geometry.coordinates.flat();
  return [];
}

/**
 * Checks a geometry taken from a file. Returns it typed, or the issue that keeps its feature
 * out (unsupported type, malformed coordinates, unclosed or too-short ring). `feature` is the
 * 1-based number shown to the user.
 */
export function checkGeometry(
  raw: unknown,
  index: number,
): { geometry: Geometry } | { issue: ImportIssue } {
  const feature = index + 1;
  if (raw === null || raw === undefined)
    return { issue: issue('import.error.noGeometry', { feature }, index) };
  const type = typeof raw === 'object' ? (raw as { type?: unknown }).type : undefined;
  if (typeof type !== 'string' || !SUPPORTED.has(type)) {
    const name = typeof type === 'string' ? type.slice(0, 40) : typeof raw;
    return { issue: issue('import.error.unsupportedGeometry', { feature, type: name }, index) };
  }
  const coordinates = (raw as { coordinates?: unknown }).coordinates;
  if (!hasShape(coordinates, DEPTH[type] ?? 0, type)) {
    return { issue: issue('import.error.badCoordinates', { feature }, index) };
  }
  const geometry = { type, coordinates } as Geometry;
  for (const ring of ringsOf(geometry)) {
    if (ring.length < 4) return { issue: issue('import.error.ringTooShort', { feature }, index) };
    if (!isRingClosed(ring))
      return { issue: issue('import.error.ringNotClosed', { feature }, index) };
  }
  return { geometry };
}
