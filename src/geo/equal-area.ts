/**
 * Lambert cylindrical equal-area projection with its standard parallel through the district
 * (29.4°N) and its central meridian at 106.4°E, in kilometres. Equal-area everywhere, so every
 * grid cell drawn in it covers the same ground area; shapes stretch by under 0.5 % across
 * 九龙坡 (29.26–29.56°N), which keeps hexagons visibly regular.
 */
const R_KM = 6371.0088;
const PHI0 = (29.4 * Math.PI) / 180;
const LAMBDA0 = (106.4 * Math.PI) / 180;
const COS0 = Math.cos(PHI0);
const RAD = Math.PI / 180;

export function projectX(lng: number): number {
  return R_KM * (lng * RAD - LAMBDA0) * COS0;
}

export function projectY(lat: number): number {
  return (R_KM * Math.sin(lat * RAD)) / COS0;
}

/** Inverse of projectX / projectY: km → [lng, lat] degrees. */
export function unproject(x: number, y: number): [number, number] {
  const lng = (x / (R_KM * COS0) + LAMBDA0) / RAD;
  const lat = Math.asin(Math.max(-1, Math.min(1, (y * COS0) / R_KM))) / RAD;
  return [lng, lat];
}

/** Great-circle (haversine) distance in km between two [lng, lat] points. */
export function haversineKm(lng1: number, lat1: number, lng2: number, lat2: number): number {
  const dLat = (lat2 - lat1) * RAD;
  const dLng = (lng2 - lng1) * RAD;
  const a =
    Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * RAD) * Math.cos(lat2 * RAD) * Math.sin(dLng / 2) ** 2;
  return 2 * R_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}
