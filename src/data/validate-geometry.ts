import type { Geometry, Position } from 'geojson';
import { isFeature } from 'geojson-validation';
import { NEIGHBOURHOOD_BBOX } from '../domain/district';
import { isRingClosed, ringSignedArea2 } from '../geo/ring';
import type { ErrorParams, ValidationErrorCode } from './validation-types';

/** A problem found in one feature, before it is tagged with the feature's index and name. */
export interface FeatureProblem {
  code: ValidationErrorCode;
  params: ErrorParams;
}

/**
 * RFC 7946 structure via geojson-validation. Its ring-closure and ring-length messages become
 * our own codes; anything else is invalid-geojson with the library's (English) detail.
 */
export function checkGeoJson(feature: unknown): FeatureProblem[] {
  let messages: string[];
  try {
    messages = isFeature(feature, true);
  } catch {
    // The library indexes into rings without checking them (e.g. an empty ring throws).
    return [{ code: 'invalid-geojson', params: { detail: 'malformed coordinates' } }];
  }
  // Closure is reported by checkRings, with the ring's position.
  const relevant = messages.filter((m) => !m.includes('first and last positions'));
  if (relevant.length === 0) return [];
  if (relevant.every((m) => m.includes('at least four positions'))) {
    return [{ code: 'ring-too-short', params: {} }];
  }
  // One error per feature: a malformed geometry yields a message per bad position.
  const detail = relevant.slice(0, 3).join('; ') + (relevant.length > 3 ? '; …' : '');
  return [{ code: 'invalid-geojson', params: { detail } }];
}

function ringProblems(rings: Position[][], polygon: number): FeatureProblem[] {
  const problems: FeatureProblem[] = [];
  rings.forEach((ring, index) => {
    const where = { polygon, ring: index };
    if (!isRingClosed(ring)) {
      problems.push({ code: 'ring-not-closed', params: where });
      return;
    }
    const ccw = ringSignedArea2(ring) > 0;
    if (index === 0 && !ccw) problems.push({ code: 'outer-ring-clockwise', params: where });
    if (index > 0 && ccw) problems.push({ code: 'hole-counter-clockwise', params: where });
  });
  return problems;
}

/** Closed rings, outer rings counter-clockwise and holes clockwise (RFC 7946 §3.1.6). */
export function checkRings(geometry: Geometry): FeatureProblem[] {
  if (geometry.type === 'Polygon') return ringProblems(geometry.coordinates, 0);
  if (geometry.type === 'MultiPolygon') {
    return geometry.coordinates.flatMap((rings, i) => ringProblems(rings, i));
  }
  return [];
}

function positionsOf(geometry: Geometry): Position[] {
  switch (geometry.type) {
    case 'Point':
      return [geometry.coordinates];
    case 'MultiPoint':
    case 'LineString':
      return geometry.coordinates;
    case 'MultiLineString':
    case 'Polygon':
      return geometry.coordinates.flat();
    case 'MultiPolygon':
      return geometry.coordinates.flat(2);
    case 'GeometryCollection':
      return geometry.geometries.flatMap(positionsOf);
  }
}

/**
 * Coordinates are WGS-84 degrees inside NEIGHBOURHOOD_BBOX: swapped [lat, lng], projected
 * metres or another city's data are not. Reports the first offending position of each
 * kind with the number of such positions, not one error per vertex.
 */
export function checkCoordinates(geometry: Geometry): FeatureProblem[] {
  const [west, south, east, north] = NEIGHBOURHOOD_BBOX;
  const notDegrees: Position[] = [];
  const outside: Position[] = [];
  for (const p of positionsOf(geometry)) {
    const [lng = Number.NaN, lat = Number.NaN] = p;
    if (!(Math.abs(lng) <= 180 && Math.abs(lat) <= 90)) notDegrees.push(p);
    else if (lng < west || lng > east || lat < south || lat > north) outside.push(p);
  }
  const report = (code: ValidationErrorCode, list: Position[]): FeatureProblem[] => {
    const [first] = list;
    if (first === undefined) return [];
    return [
      {
        code,
        params: { lng: first[0] ?? Number.NaN, lat: first[1] ?? Number.NaN, count: list.length },
      },
    ];
  };
  return [
    ...report('coordinate-not-wgs84', notDegrees),
    ...report('coordinate-out-of-area', outside),
  ];
}
