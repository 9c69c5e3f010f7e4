/**
 * WGS-84 → GCJ-02, the one conversion the map's display needs (a GCJ-02 basemap draws our
 * WGS-84 data shifted). The same published formula as gcoord's WGS84ToGCJ02 (MIT, Jiulong Hu),
 * kept here so the first paint does not carry all of gcoord's systems; the importer still
 * uses gcoord (crs.ts), and a unit test checks this against it.
 */
const A = 6378245;
const EE = 0.006693421622965823;
const { sin, cos, sqrt, abs, PI } = Math;

// gcoord's rough China box: the offset is only defined inside China.
const inChinaBox = (lng: number, lat: number): boolean =>
  lng >= 72.004 && lng <= 137.8347 && lat >= 0.8293 && lat <= 55.8271;

function shiftLat(x: number, y: number): number {
  let r = -100 + 2 * x + 3 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * sqrt(abs(x));
  r += ((20 * sin(6 * x * PI) + 20 * sin(2 * x * PI)) * 2) / 3;
  r += ((20 * sin(y * PI) + 40 * sin((y / 3) * PI)) * 2) / 3;
  r += ((160 * sin((y / 12) * PI) + 320 * sin((y * PI) / 30)) * 2) / 3;
  return r;
}

function shiftLng(x: number, y: number): number {
  let r = 300 + x + 2 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * sqrt(abs(x));
  r += ((20 * sin(6 * x * PI) + 20 * sin(2 * x * PI)) * 2) / 3;
  r += ((20 * sin(x * PI) + 40 * sin((x / 3) * PI)) * 2) / 3;
  r += ((150 * sin((x / 12) * PI) + 300 * sin((x / 30) * PI)) * 2) / 3;
  return r;
}

/** A WGS-84 [lng, lat] in GCJ-02; points outside China's box are returned unchanged. */
export function wgs84ToGcj02(lng: number, lat: number): [number, number] {
  if (!inChinaBox(lng, lat)) return [lng, lat];
  const radLat = (lat / 180) * PI;
  const s = sin(radLat);
  const magic = 1 - EE * s * s;
  const sqrtMagic = sqrt(magic);
  const dLng = (shiftLng(lng - 105, lat - 35) * 180) / ((A / sqrtMagic) * cos(radLat) * PI);
  const dLat =
    (shiftLat(lng - 105, lat - 35) * 180) / (((A * (1 - EE)) / (magic * sqrtMagic)) * PI);
  return [lng + dLng, lat + dLat];
}
