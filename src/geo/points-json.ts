/**
 * Writes matching points as GeoJSON text, [lng, lat], with the record's index (`i`) and colour
 * class (`c`) as properties, in slices so a caller can yield between them. Handing the map a
 * Blob of this text lets MapLibre's worker parse it: nothing large is cloned on the main thread.
 */
export function pointFeaturesJson(
  lng: Float64Array,
  lat: Float64Array,
  classes: Uint8Array,
  indices: Uint32Array,
  from: number,
  to: number,
): string {
  const parts: string[] = [];
  for (let k = from; k < to; k++) {
    const i = indices[k] as number;
    parts.push(
      `{"type":"Feature","geometry":{"type":"Point","coordinates":[${lng[i]},${lat[i]}]},"properties":{"i":${i},"c":${classes[i]}}}`,
    );
  }
  return parts.join(',');
}

export const COLLECTION_HEAD = '{"type":"FeatureCollection","features":[';
export const COLLECTION_TAIL = ']}';
