import { throwIfCancelled } from './import-error';

/** Bytes read per step: small enough for smooth progress and a prompt cancel, big enough to be cheap. */
export const READ_CHUNK = 1 << 20;

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
): Promise<void> {
  const total = blob.size;
  for (let start = 0; start < total || start === 0; start += READ_CHUNK) {
    throwIfCancelled(signal);
    const end = Math.min(total, start + READ_CHUNK);
    const bytes = new Uint8Array(await blob.slice(start, end).arrayBuffer());
    await onChunk(bytes, end >= total);
    onProgress?.(end, total);
    if (total === 0) break;
  }
}

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
  );
  return out;
}

/** Lets the event loop run (a worker's cancel message, a test's abort) between batches. */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
