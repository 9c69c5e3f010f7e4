import type { FeatureCollection } from 'geojson';
import type { TileCrs } from '../domain/basemap';
import { convertGeometry, convertPosition } from './crs';

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
      f.geometry ? { ...f, geometry: convertGeometry(f.geometry, 'WGS-84', crs) } : f,
    ),
  };
}

/** A WGS-84 [lng, lat] as drawn on a basemap in `crs`. */
export function pointForDisplay(at: [number, number], crs: TileCrs): [number, number] {
  if (crs === 'WGS-84') return at;
  const [lng = at[0], lat = at[1]] = convertPosition(at, 'WGS-84', crs);
  return [lng, lat];
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
