import type { DrawnShape, LngLat } from '../domain/filter';
import type { BBox } from './bbox';
import type { Bitset } from './bitset';
import { circleBBox, EARTH_RADIUS_KM } from './circle-bbox';
import { prepareRing } from './polygon-test';

const DEG = Math.PI / 180;

/** A drawn shape ready for point tests: a bbox for the spatial prefilter and an exact test. */
export interface PreparedShape {
  /** Every point the shape contains lies inside this bbox (inclusive). */
  readonly bbox: BBox;
  /** Whether the WGS-84 point (lng, lat) in degrees is in the shape. */
  contains(lng: number, lat: number): boolean;
  /** Sets in bits each of the first n records of ids whose (lng[i], lat[i]) is in the shape. */
  markInside(ids: Uint32Array, n: number, lng: Float64Array, lat: Float64Array, bits: Bitset): void;
}

type Contains = (x: number, y: number) => boolean;

/** markInside over a point test (circles and rectangles: one formula per record). */
function markerFor(contains: Contains): PreparedShape['markInside'] {
  return (ids, n, lng, lat, bits) => {
    for (let j = 0; j < n; j++) {
      const i = ids[j] as number;
      if (contains(lng[i] as number, lat[i] as number)) {
        bits[i >>> 5] = (bits[i >>> 5] as number) | (1 << (i & 31));
      }
    }
  };
}

/**
 * Great-circle distance in km between two [lng, lat] points in degrees (haversine,
 * R = 6371.0088 km). Written operation for operation like turf.distance so that a point
 * exactly on a circle's edge is counted the same way by the engine and by turf.
 */
export function haversineKm(from: LngLat, to: LngLat): number {
  const rad = (d: number) => ((d % 360) * Math.PI) / 180;
  const dLat = rad(to[1] - from[1]);
  const dLon = rad(to[0] - from[0]);
  const a =
    Math.sin(dLat / 2) ** 2 +
    Math.sin(dLon / 2) ** 2 * Math.cos(rad(from[1])) * Math.cos(rad(to[1]));
  return 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a)) * (6371008.8 / 1000);
}

function prepareRectangle(b: readonly number[]): PreparedShape {
  // Corners may come in either order from a drag; the rectangle is their span.
  const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = b;
  const bbox: BBox = [Math.min(x0, x1), Math.min(y0, y1), Math.max(x0, x1), Math.max(y0, y1)];
  const contains = (x: number, y: number) =>
    x >= bbox[0] && x <= bbox[2] && y >= bbox[1] && y <= bbox[3];
  return { bbox, contains, markInside: markerFor(contains) };
}

/** sin(u) for |u| ≤ 1 lies in [|u|(1 − u²/6), |u|] in magnitude: bounds without a sine. */
function sinLow(u: number): number {
  const m = Math.abs(u);
  return m * (1 - (m * m) / 6);
}

function prepareCircle(center: LngLat, radiusKm: number): PreparedShape {
  const [cx, cy] = center;
  const cosCy = Math.cos(cy * DEG);
  const half = radiusKm / (2 * EARTH_RADIUS_KM);
  // Compare the haversine term with sin²(r / 2R) and leave only near-edge points to the
  // full formula: same answers, no atan2 for the bulk of the candidates.
  const exactOnly = half >= Math.PI / 4;
  const aT = Math.sin(half) ** 2;
  const aLow = aT * (1 - 1e-9);
  const aHigh = aT * (1 + 1e-9) + 1e-300;
  const bbox = circleBBox(center, radiusKm);
  // cos(lat) over the bbox's latitudes, for trig-free bounds of the haversine term.
  const cosEnds = [Math.cos(bbox[1] * DEG), Math.cos(bbox[3] * DEG)];
  const cosMin = Math.min(...cosEnds);
  const cosMax = bbox[1] <= 0 && bbox[3] >= 0 ? 1 : Math.max(...cosEnds);
  const contains = (x: number, y: number): boolean => {
    if (!exactOnly) {
      const u1 = ((y - cy) * DEG) / 2;
      const u2 = ((x - cx) * DEG) / 2;
      // Most candidates of a big circle are decided here, with no sine at all.
      if (Math.abs(u1) <= 1 && Math.abs(u2) <= 1) {
        if (sinLow(u1) ** 2 + sinLow(u2) ** 2 * cosCy * cosMin > aHigh) return false;
        if (u1 * u1 + u2 * u2 * cosCy * cosMax < aLow) return true;
      }
      const s1 = Math.sin(u1);
      const s2 = Math.sin(u2);
      const a = s1 * s1 + s2 * s2 * cosCy * Math.cos(y * DEG);
      if (a < aLow) return true;
      if (a > aHigh) return false;
    }
    return haversineKm(center, [x, y]) <= radiusKm;
  };
  return { bbox, contains, markInside: markerFor(contains) };
}

function allFinite(values: readonly number[]): boolean {
  return values.every(Number.isFinite);
}

/**
 * Prepares a drawn shape: polygon ring (even-odd, boundary inside, closing vertex optional),
 * rectangle (inclusive bbox, corners in any order), circle (geodesic distance ≤ radiusKm
 * from the centre). All coordinates WGS-84 [lng, lat] degrees. Returns null for a shape that
 * can contain nothing: a non-finite coordinate, a ring of fewer than 3 vertices, or a
 * negative or non-finite radius.
 */
export function prepareShape(shape: DrawnShape): PreparedShape | null {
  switch (shape.kind) {
    case 'polygon':
      return shape.ring.every(allFinite) ? prepareRing(shape.ring) : null;
    case 'rectangle':
      return allFinite(shape.bbox) ? prepareRectangle(shape.bbox) : null;
    case 'circle':
      if (!allFinite(shape.center) || !Number.isFinite(shape.radiusKm) || shape.radiusKm < 0) {
        return null;
      }
      return prepareCircle(shape.center, shape.radiusKm);
  }
}
