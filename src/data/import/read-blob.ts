import { throwIfCancelled } from './import-error';

/** Bytes read per step: small enough for smooth progress and a prompt cancel, big enough to be cheap. */
export const READ_CHUNK = 1 << 18;

export type ProgressFn = (loaded: number, total: number) => void;

/**
 * Reads a Blob in chunks, handing each to `onChunk` (which may be async), reporting progress
 * and checking the signal between chunks so a cancel stops within one chunk.
 */
export async function forEachChunk(
  blob: Blob,
  onChunk: (bytes: Uint8Array, last: boolean) => void | Promise<void>,
  onProgress?: ProgressFn,
  signal?: AbortSignal,
  chunkBytes = READ_CHUNK,
): Promise<void> {
  const total = blob.size;
  const pace = createPacer(signal);
  for (let start = 0; start < total || start === 0; start += chunkBytes) {
    await pace();
    const end = Math.min(total, start + chunkBytes);
    const bytes = new Uint8Array(await blob.slice(start, end).arrayBuffer());
    await onChunk(bytes, end >= total);
    onProgress?.(end, total);
    if (total === 0) break;
  }
}

/**
 * Bytes per step when a file is read whole (CSV, XLSX, zips): nothing is parsed between steps,
 * so bigger steps only save the per-read cost (43 reads of an 11 MB CSV took longer than
 * decoding it); 100 MB still shows 25 progress steps, each read in a few ms.
 */
const READ_ALL_CHUNK = 1 << 22;

/** Reads a whole Blob into one byte array, with progress and cancellation. */
export async function readAll(
  blob: Blob,
  onProgress?: ProgressFn,
  signal?: AbortSignal,
): Promise<Uint8Array> {
  const out = new Uint8Array(blob.size);
  let offset = 0;
  await forEachChunk(
    blob,
    (bytes) => {
      out.set(bytes, offset);
      offset += bytes.length;
    },
    onProgress,
    signal,
    READ_ALL_CHUNK,
  );
  return out;
}

/** Lets the event loop run (a worker's cancel message, a test's abort) between batches. */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Longest stretch of work between two chances for a cancel to arrive. */
const SLICE_MS = 40;

/**
 * Returns `pace()`: call it between units of work; it throws the cancellation error once the
 * signal is aborted and yields to the event loop when SLICE_MS have passed since the last
 * yield, so an abort is seen within ~SLICE_MS without paying a timer per unit.
 */
export function createPacer(signal?: AbortSignal): () => Promise<void> {
  let last = performance.now();
  return async () => {
    throwIfCancelled(signal);
    if (performance.now() - last < SLICE_MS) return;
    await yieldToEventLoop();
    last = performance.now();
    throwIfCancelled(signal);
  };
}

/** Maps items with fn, pacing every 1,000 items (see createPacer). */
export async function mapPaced<T, U>(
  items: readonly T[],
  fn: (item: T) => U,
  pace: () => Promise<void>,
): Promise<U[]> {
  const out: U[] = new Array(items.length);
  for (let i = 0; i < items.length; i++) {
    if (i % 1000 === 0) await pace();
    out[i] = fn(items[i] as T);
  }
  return out;
}
