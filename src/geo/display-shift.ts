import type { FeatureCollection, Position } from 'geojson';
import type { TileCrs } from '../domain/basemap';
import { mapPositions } from './crs-positions';
import { wgs84ToGcj02 } from './gcj02';

// The only non-WGS-84 tile grid is GCJ-02 (TileCrs); gcoord itself stays off the first paint.
const toGcj02 = (p: Position): Position => {
  const [lng, lat] = p;
  return lng === undefined || lat === undefined ? p : wgs84ToGcj02(lng, lat);
};

/**
 * Our data is WGS-84. A GCJ-02 basemap (licensed AMap/Tencent tiles) is drawn on an offset
 * grid, so for display only the data is moved into GCJ-02 too. Counts, exports and links keep
 * using the WGS-84 originals; these copies go to the map and nowhere else.
 */
export function collectionForDisplay(fc: FeatureCollection, crs: TileCrs): FeatureCollection {
  if (crs === 'WGS-84') return fc;
  return {
    ...fc,
    features: fc.features.map((f) =>
      f.geometry ? { ...f, geometry: mapPositions(f.geometry, toGcj02) } : f,
    ),
  };
}

/** A WGS-84 [lng, lat] as drawn on a basemap in `crs`. */
export function pointForDisplay(at: [number, number], crs: TileCrs): [number, number] {
  if (crs === 'WGS-84') return at;
  return wgs84ToGcj02(at[0], at[1]);
}

/** Point columns moved into `crs` (only the rows in `indices`; the others are left at 0). */
export function columnsForDisplay(
  columns: { lng: Float64Array; lat: Float64Array },
  indices: Uint32Array,
  crs: TileCrs,
): { lng: Float64Array; lat: Float64Array } {
  if (crs === 'WGS-84') return columns;
  const lng = new Float64Array(columns.lng.length);
  const lat = new Float64Array(columns.lat.length);
  for (const i of indices) {
    const [x, y] = pointForDisplay([columns.lng[i] ?? 0, columns.lat[i] ?? 0], crs);
    lng[i] = x;
    lat[i] = y;
  }
  return { lng, lat };
}
