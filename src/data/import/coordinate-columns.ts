import { fail } from './import-error';

/** Header names of longitude and latitude columns, in order of preference (compared lower-case). */
const LNG_NAMES = ['经度', 'lng', 'lon', 'long', 'longitude', '东经', 'x'];
const LAT_NAMES = ['纬度', 'lat', 'lat', 'lat', 'latitude', '北纬', 'y'];

function normalise(name: string): string {
  return name.trim().toLowerCase();
}

/**
 * The indices of the longitude and latitude columns: the ones the user named, else the first
 * pair of common names (经度/纬度, lng/lat, lon/lat, longitude/latitude, x/y; any case).
 */
export function coordinateColumns(
  header: readonly string[],
  lngField?: string | null,
  latField?: string | null,
): { lng: number; lat: number } {
  const names = header.map(normalise);
  if (lngField && latField) {
    const lng = names.indexOf(normalise(lngField));
    const lat = names.indexOf(normalise(latField));
    if (lng >= 0 && lat >= 0) return { lng, lat };
  } else {
    for (let i = 0; i < LNG_NAMES.length; i++) {
      const lng = names.indexOf(LNG_NAMES[i] as string);
      const lat = names.indexOf(LAT_NAMES[i] as string);
      if (lng >= 0 && lat >= 0) return { lng, lat };
    }
  }
  return fail('import.error.noCoordinateColumns', {
    columns: header.slice(0, 20).join(', ').slice(0, 200),
  });
}

/** Unique, non-empty field names for a header row (blank → 列N, repeats → name_2). */
export function fieldNames(header: readonly string[]): string[] {
  const seen = new Set<string>();
  return header.map((raw, i) => {
    const base = raw.trim() || `列${i + 1}`;
    let name = base;
    for (let n = 2; seen.has(name) || name === '__proto__'; n++) name = `${base}_${n}`;
    seen.add(name);
    return name;
  });
}
