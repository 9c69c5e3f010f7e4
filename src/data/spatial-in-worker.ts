import type { CoordsIndexes } from '../geo/coords-indexes';
import { STEP, type Steps } from '../geo/steps';
import { runSliced } from './slices';

function* coordsSteps(records: readonly { coordinates: [number, number] }[]): Steps<Float64Array> {
  const coords = new Float64Array(2 * records.length);
  for (let i = 0; i < records.length; i++) {
    const [x, y] = (records[i] as { coordinates: [number, number] }).coordinates;
    coords[2 * i] = x;
    coords[2 * i + 1] = y;
    if (i % STEP === STEP - 1) yield;
  }
  return coords;
}

function isReply(data: unknown): data is CoordsIndexes {
  const r = data as Partial<CoordsIndexes> | null;
  return (r?.spatial === null || r?.spatial instanceof ArrayBuffer) && !!r?.cluster;
}

/**
 * The records' spatial index data and cluster grid, built in a worker of their own (for large
 * lists: entities.ts decides); null when there are no workers or the worker failed: the page
 * then builds them as before. Aborting `signal` stops the worker.
 */
export async function spatialInWorker(
  records: readonly { coordinates: [number, number] }[],
  signal?: AbortSignal,
): Promise<CoordsIndexes | null> {
  if (typeof Worker === 'undefined') return null;
  const coords = await runSliced(coordsSteps(records), { signal });
  const worker = new Worker(new URL('./spatial-worker.ts', import.meta.url), { type: 'module' });
  try {
    return await new Promise<CoordsIndexes | null>((resolve) => {
      signal?.addEventListener('abort', () => resolve(null), { once: true });
      worker.onmessage = (e: MessageEvent<unknown>) => resolve(isReply(e.data) ? e.data : null);
      worker.onerror = (e) => {
        e.preventDefault();
        resolve(null);
      };
      worker.onmessageerror = () => resolve(null);
      worker.postMessage(coords, [coords.buffer]);
    });
  } finally {
    worker.terminate();
  }
}
