import type { LngLat } from '../domain/filter';
import type { BBox } from './bbox';

/**
 * A circle's bounding box, apart from the shape tests (shape-test.ts): "within N km of this
 * record" fits the map to it from the store, which is in the first paint; the tests are not.
 */

/** Mean Earth radius in km (IUGG), the one turf uses, so counts agree with turf.distance. */
export const EARTH_RADIUS_KM = 6371.0088;

const DEG = Math.PI / 180;

/** BBox of a spherical cap, slightly inflated so rounding never drops an edge point. */
export function circleBBox(center: LngLat, radiusKm: number): BBox {
  const theta = (radiusKm / EARTH_RADIUS_KM) * (1 + 1e-9) + 1e-12;
  const dLat = theta / DEG;
  const south = center[1] - dLat;
  const north = center[1] + dLat;
  const sinRatio = Math.sin(theta) / Math.cos(center[1] * DEG);
  if (north >= 90 || south <= -90 || theta >= Math.PI / 2 || sinRatio >= 1) {
    return [-180, Math.max(-90, south), 180, Math.min(90, north)];
  }
  const dLng = Math.asin(sinRatio) / DEG + 1e-9;
  const west = center[0] - dLng;
  const east = center[0] + dLng;
  // Crossing the antimeridian: test every longitude rather than split the box.
  if (west < -180 || east > 180) return [-180, south, 180, north];
  return [west, south, east, north];
}
