import type { Enterprise } from '../domain/entity';
import type { ZoneFeature } from '../domain/zone';
import type { WorkerRequest } from './entities-worker';
import type { EntitySources, LoadedEntities } from './load-entities';

type WorkerMessage =
  | { type: 'enterprises'; records: Enterprise[] }
  | { type: 'done'; rest: LoadedEntities }
  | { type: 'error'; message: string };

/** A load that takes longer than this is stopped: the page must never spin for ever. */
export const LOAD_TIMEOUT_MS = 180_000;

/** Thrown when the watchdog stopped a load; the UI names the limit. */
export class LoadTimeoutError extends Error {
  readonly seconds: number;
  constructor(ms: number) {
    super(`the load took longer than ${Math.round(ms / 1000)} s`);
    this.name = 'LoadTimeoutError';
    this.seconds = Math.round(ms / 1000);
  }
}

function isMessage(data: unknown): data is WorkerMessage {
  const type = (data as { type?: unknown } | null)?.type;
  return type === 'enterprises' || type === 'done' || type === 'error';
}

/**
 * Runs loadEntities in a module worker and gathers its chunked answer. Every way the worker
 * can fail (an error message, an uncaught error, a message that cannot be read, the watchdog)
 * terminates it and rejects, so the query shows an error instead of spinning. Aborting
 * `signal` (a newer dataset link supersedes this load) terminates it at once, with the
 * signal's reason.
 */
export function loadInWorker(
  sources: EntitySources,
  zones: ZoneFeature[],
  signal?: AbortSignal,
  timeoutMs = LOAD_TIMEOUT_MS,
): Promise<LoadedEntities> {
  const worker = new Worker(new URL('./entities-worker.ts', import.meta.url), { type: 'module' });
  const enterprises: Enterprise[] = [];
  return new Promise((resolve, reject) => {
    const finish = (error: Error | null, value?: LoadedEntities) => {
      clearTimeout(watchdog);
      worker.terminate();
      if (error) reject(error);
      else if (value) resolve(value);
    };
    const watchdog = setTimeout(() => finish(new LoadTimeoutError(timeoutMs)), timeoutMs);
    if (signal?.aborted) return finish(signal.reason);
    signal?.addEventListener('abort', () => finish(signal.reason), { once: true });
    worker.onmessage = (event: MessageEvent<unknown>) => {
      const msg = event.data;
      if (!isMessage(msg)) return finish(new Error('unexpected message from the loader'));
      if (msg.type === 'enterprises') {
        for (const r of msg.records) enterprises.push(r);
        return;
      }
      if (msg.type === 'error') finish(new Error(msg.message));
      else finish(null, { ...msg.rest, enterprises });
    };
    worker.onmessageerror = () => finish(new Error('a message from the loader could not be read'));
    worker.onerror = (event) => {
      event.preventDefault();
      finish(new Error(event.message || 'the loader stopped'));
    };
    const request: WorkerRequest = { sources, zones };
    try {
      worker.postMessage(request);
    } catch (error) {
      finish(error instanceof Error ? error : new Error(String(error)));
    }
  });
}
