import type { Enterprise } from '../domain/entity';
import type { ZoneFeature } from '../domain/zone';
import type { WorkerRequest } from './entities-worker';
import type { EntitySources, LoadedEntities } from './load-entities';

type WorkerMessage =
  | { type: 'enterprises'; records: Enterprise[] }
  | { type: 'done'; rest: LoadedEntities }
  | { type: 'error'; message: string };

/**
 * Runs loadEntities in a module worker and gathers its chunked answer. Aborting `signal` (a
 * newer dataset link supersedes this load) terminates the worker at once: no stale parsing
 * keeps running, and the promise rejects with the signal's reason.
 */
export function loadInWorker(
  sources: EntitySources,
  zones: ZoneFeature[],
  signal?: AbortSignal,
): Promise<LoadedEntities> {
  const worker = new Worker(new URL('./entities-worker.ts', import.meta.url), { type: 'module' });
  const enterprises: Enterprise[] = [];
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      worker.terminate();
      reject(signal.reason);
      return;
    }
    signal?.addEventListener(
      'abort',
      () => {
        worker.terminate();
        reject(signal.reason);
      },
      { once: true },
    );
    worker.onmessage = (event: MessageEvent<WorkerMessage>) => {
      const msg = event.data;
      if (msg.type === 'enterprises') {
        for (const r of msg.records) enterprises.push(r);
        return;
      }
      worker.terminate();
      if (msg.type === 'error') reject(new Error(msg.message));
      else resolve({ ...msg.rest, enterprises });
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message));
    };
    const request: WorkerRequest = { sources, zones };
    worker.postMessage(request);
  });
}
