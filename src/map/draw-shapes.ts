import type { Position } from 'geojson';
import type { GeoJSONStoreFeatures } from 'terra-draw';
import type { DrawnShape, LngLat } from '../domain/filter';
import { areaKm2 } from '../geo/area';
import { EARTH_RADIUS_KM } from '../geo/circle-bbox';
import { haversineKm } from '../geo/shape-test';

/**
 * Conversions between terra-draw's features and the filter's DrawnShape. Pure: no map, no
 * terra-draw runtime (only its types), so it is unit-tested in node.
 */

/** terra-draw mode names; 'fixed' shows shapes terra-draw would refuse to edit (see controller). */
export const MODE_NAMES = {
  polygon: 'polygon',
  rectangle: 'rectangle',
  circle: 'circle',
  point: 'point',
  select: 'select',
  fixed: 'fixed',
  none: 'static',
} as const;

/** A click in "within N km of a point" mode makes a circle of this radius (km). */
export const DEFAULT_POINT_RADIUS_KM = 2;

let idSeq = 0;
/** A fresh shape id. Not crypto.randomUUID: plain-http LAN addresses lack it. */
export function newShapeId(): string {
  idSeq += 1;
  return `d${Date.now().toString(36)}${idSeq}`;
}

/** terra-draw rejects coordinates with more decimals than its coordinatePrecision (9). */
const PRECISION = 9;
const CIRCLE_STEPS = 64;
const DEG = Math.PI / 180;

function limit(v: number): number {
  const f = 10 ** PRECISION;
  return Math.round(v * f) / f;
}

const toLngLat = (p: Position): LngLat => [p[0] ?? 0, p[1] ?? 0];

/** Point at `distanceKm` from `from` on the initial `bearingDeg` (great circle), [lng, lat]. */
function destination(from: LngLat, distanceKm: number, bearingDeg: number): LngLat {
  const [lng1, lat1] = [from[0] * DEG, from[1] * DEG];
  const d = distanceKm / EARTH_RADIUS_KM;
  const b = bearingDeg * DEG;
  const lat2 = Math.asin(Math.sin(lat1) * Math.cos(d) + Math.cos(lat1) * Math.sin(d) * Math.cos(b));
  const lng2 =
    lng1 +
    Math.atan2(
      Math.sin(b) * Math.sin(d) * Math.cos(lat1),
      Math.cos(d) - Math.sin(lat1) * Math.sin(lat2),
    );
  return [lng2 / DEG, lat2 / DEG];
}

/**
 * A closed ring approximating the geodesic circle the filter engine tests against: 64 vertices
 * at `radiusKm` from `center`, [lng, lat] degrees.
 */
export function circleRing(center: LngLat, radiusKm: number): LngLat[] {
  const ring: LngLat[] = [];
  for (let i = 0; i < CIRCLE_STEPS; i++) {
    // Negative bearings walk counter-clockwise, as RFC 7946 wants of an outer ring.
    const [lng, lat] = destination(center, radiusKm, (-i * 360) / CIRCLE_STEPS);
    ring.push([limit(lng), limit(lat)]);
  }
  ring.push(ring[0] ?? [0, 0]);
  return ring;
}

/** The closed ring drawn for a shape ([lng, lat] degrees); rectangles counter-clockwise. */
export function shapeRing(shape: DrawnShape): LngLat[] {
  switch (shape.kind) {
    case 'polygon': {
      const ring = shape.ring.map(([x, y]): LngLat => [limit(x), limit(y)]);
      const [first, last] = [ring[0], ring[ring.length - 1]];
      if (first && last && (first[0] !== last[0] || first[1] !== last[1])) ring.push(first);
      return ring;
    }
    case 'rectangle': {
      const [x0, y0, x1, y1] = shape.bbox.map(limit) as [number, number, number, number];
      const [w, e, s, n] = [Math.min(x0, x1), Math.max(x0, x1), Math.min(y0, y1), Math.max(y0, y1)];
      return [
        [w, s],
        [e, s],
        [e, n],
        [w, n],
        [w, s],
      ];
    }
    case 'circle':
      return circleRing(shape.center, shape.radiusKm);
  }
}

/** A terra-draw feature for a shape; the feature id is the shape id. */
export function shapeToFeature(shape: DrawnShape, mode: string = shape.kind): GeoJSONStoreFeatures {
  return {
    type: 'Feature',
    id: shape.id,
    geometry: { type: 'Polygon', coordinates: [shapeRing(shape)] },
    properties: shape.kind === 'circle' ? { mode, radiusKilometers: shape.radiusKm } : { mode },
  };
}

function mercatorY(lat: number): number {
  return Math.log(Math.tan(Math.PI / 4 + (lat * DEG) / 2));
}

function mercatorLat(y: number): number {
  return (2 * Math.atan(Math.exp(y)) - Math.PI / 2) / DEG;
}

/**
 * Centre of a circle ring. terra-draw's circle mode draws circles round in Web Mercator and does
 * not store the centre, so the mean of the vertices in Mercator gives it back exactly; for the
 * geodesic rings we draw the error is far below a metre at city scale.
 */
export function ringCenter(ring: readonly Position[]): LngLat {
  const open = ring.length > 1 ? ring.slice(0, -1) : ring;
  let sx = 0;
  let sy = 0;
  for (const [x = 0, y = 0] of open) {
    sx += x;
    sy += mercatorY(y);
  }
  const n = Math.max(open.length, 1);
  return [limit(sx / n), limit(mercatorLat(sy / n))];
}

function ringBBox(ring: readonly Position[]): [number, number, number, number] {
  const xs = ring.map((p) => p[0] ?? 0);
  const ys = ring.map((p) => p[1] ?? 0);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

function circleFromRing(id: string, ring: readonly Position[], radius: unknown): DrawnShape {
  const center = ringCenter(ring);
  // The stored radius is what the user saw and typed; the ring only when it is missing.
  const radiusKm =
    typeof radius === 'number' && Number.isFinite(radius) && radius > 0
      ? radius
      : haversineKm(center, toLngLat(ring[0] ?? center));
  return { kind: 'circle', id, center, radiusKm };
}

/** The shape of a finished terra-draw polygon, or null for guidance points and shapes in progress. */
export function featureToShape(feature: GeoJSONStoreFeatures): DrawnShape | null {
  const { geometry, properties } = feature;
  if (geometry.type !== 'Polygon' || properties.currentlyDrawing) return null;
  const ring = geometry.coordinates[0];
  if (!ring || ring.length < 4 || feature.id === undefined) return null;
  const id = String(feature.id);
  switch (properties.mode) {
    case MODE_NAMES.polygon:
      return { kind: 'polygon', id, ring: ring.map(toLngLat) };
    case MODE_NAMES.rectangle:
      return { kind: 'rectangle', id, bbox: ringBBox(ring) };
    case MODE_NAMES.circle:
      return circleFromRing(id, ring, properties.radiusKilometers);
    default:
      return null;
  }
}

/** "Within N km of a point": a circle of the default radius round a terra-draw point. */
export function pointCircle(feature: GeoJSONStoreFeatures | undefined): DrawnShape | null {
  if (feature?.geometry.type !== 'Point') return null;
  const [lng = 0, lat = 0] = feature.geometry.coordinates;
  return {
    kind: 'circle',
    id: newShapeId(),
    center: [lng, lat],
    radiusKm: DEFAULT_POINT_RADIUS_KM,
  };
}

/** Geodesic area of a shape in km² (a circle as the spherical cap of its radius). */
export function shapeAreaKm2(shape: DrawnShape): number {
  if (shape.kind === 'circle') {
    const theta = shape.radiusKm / EARTH_RADIUS_KM;
    return 2 * Math.PI * EARTH_RADIUS_KM ** 2 * (1 - Math.cos(theta));
  }
  return areaKm2({ type: 'Polygon', coordinates: [shapeRing(shape)] });
}
