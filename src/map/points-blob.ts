import { COLLECTION_HEAD, COLLECTION_TAIL, pointFeaturesJson } from '../geo/points-json';

const SLICE = 20_000;
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The matching points as a Blob URL of GeoJSON text, built in slices with a yield between
 * them so 100,000 points never make one long task. Returns null when `signal` aborted.
 */
export async function pointsBlobUrl(
  columns: { lng: Float64Array; lat: Float64Array },
  classes: Uint8Array,
  indices: Uint32Array,
  signal: AbortSignal,
): Promise<string | null> {
  const chunks: string[] = [COLLECTION_HEAD];
  for (let from = 0; from < indices.length; from += SLICE) {
    if (from > 0) {
      chunks.push(',');
      await nextTask();
      if (signal.aborted) return null;
    }
    chunks.push(
      pointFeaturesJson(
        columns.lng,
        columns.lat,
        classes,
        indices,
        from,
        Math.min(from + SLICE, indices.length),
      ),
    );
  }
  chunks.push(COLLECTION_TAIL);
  return URL.createObjectURL(new Blob(chunks, { type: 'application/geo+json' }));
}
