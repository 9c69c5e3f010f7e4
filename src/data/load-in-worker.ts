import type { ZoneFeature } from '../domain/zone';
import { unpackEnterprises } from './enterprise-view';
import type { PageMessage, WorkerMessage, WorkerRequest } from './entities-worker';
import { EntityAccumulator } from './entity-accumulator';
import { MergedReceiver } from './import/merged-stream';
import type { PackedLayer, RowsChunk } from './import/pack-overlay';
import type { EntitySources, LoadedEntities } from './load-entities';

/**
 * A load that makes no progress for this long is stopped: the page must never spin for ever.
 * Each chunk that arrives restarts the clock (a million records take minutes on a slow
 * machine); LOAD_LIMIT_MS bounds the whole load whatever arrives.
 */
export const LOAD_TIMEOUT_MS = 180_000;
export const LOAD_LIMIT_MS = 900_000;

/** Thrown when the watchdog stopped a load; the UI names the limit. */
export class LoadTimeoutError extends Error {
  readonly seconds: number;
  constructor(ms: number) {
    super(`the load took longer than ${Math.round(ms / 1000)} s`);
    this.name = 'LoadTimeoutError';
    this.seconds = Math.round(ms / 1000);
  }
}

const TYPES = new Set(['head', 'chunk', 'end', 'merged', 'merged-end', 'error']);

function isMessage(data: unknown): data is WorkerMessage {
  return TYPES.has((data as { type?: unknown } | null)?.type as string);
}

/** Called after each chunk with the accumulator: read progress, take a snapshot if wanted. */
export type OnChunk = (gathered: EntityAccumulator) => void;

/** Imported layers used as records, merged in the worker: their rows go over in chunks. */
export interface ImportedRows {
  layers: PackedLayer[];
  rows: Iterable<RowsChunk>;
}

const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Posts the rows a chunk per task, so gathering and cloning them never blocks the page. */
async function sendRows(worker: Worker, rows: Iterable<RowsChunk>, stopped: () => boolean) {
  for (const chunk of rows) {
    if (stopped()) return;
    const msg: PageMessage = { type: 'rows', chunk };
    worker.postMessage(msg, [chunk.coords.buffer]);
    await yieldToPage();
  }
}

const spawn = () =>
  new Worker(new URL('./entities-worker.ts', import.meta.url), { type: 'module' });

/** A worker started before its load, with the files it began reading. */
let early: { worker: Worker; sources: EntitySources } | null = null;

/**
 * Starts the loader and its fetching and parsing of `sources` at first paint. The load itself
 * waits for the zones (records are linked to them); before, the worker's module, both fetches
 * and the parsing only began then, and held the map's first idle back (issue 11).
 */
export function startEntityWorker(sources: EntitySources): void {
  if (early || typeof Worker === 'undefined') return;
  const worker = spawn();
  const msg: PageMessage = { type: 'prefetch', sources };
  worker.postMessage(msg);
  early = { worker, sources };
}

/** The early worker if it read these sources (once); otherwise a new one. */
function takeWorker(sources: EntitySources): Worker {
  const had = early;
  early = null;
  const same =
    had?.sources.enterprises === sources.enterprises && had.sources.projects === sources.projects;
  if (had && same) return had.worker;
  had?.worker.terminate();
  return spawn();
}

/**
 * Runs the streamed load in a module worker and gathers its chunks. Every way the worker can
 * fail (an error message, an uncaught error, a message that cannot be read, the watchdog)
 * terminates it and rejects, so the query shows an error instead of spinning. Aborting
 * `signal` (a newer dataset link supersedes this load) terminates it at once, with the
 * signal's reason: no stale work keeps running.
 */
export function loadInWorker(
  sources: EntitySources,
  zones: ZoneFeature[],
  signal?: AbortSignal,
  timeoutMs = LOAD_TIMEOUT_MS,
  onChunk?: OnChunk,
  imported?: ImportedRows,
): Promise<LoadedEntities> {
  const worker = takeWorker(sources);
  const gathered = new EntityAccumulator();
  const merged = new MergedReceiver();
  let done = false;
  return new Promise((resolve, reject) => {
    let idle: ReturnType<typeof setTimeout>;
    const finish = (error: Error | null, value?: LoadedEntities) => {
      done = true;
      clearTimeout(idle);
      clearTimeout(limit);
      worker.terminate();
      if (error) reject(error);
      else if (value) resolve(value);
    };
    const arm = () => {
      clearTimeout(idle);
      idle = setTimeout(() => finish(new LoadTimeoutError(timeoutMs)), timeoutMs);
    };
    const limit = setTimeout(() => finish(new LoadTimeoutError(LOAD_LIMIT_MS)), LOAD_LIMIT_MS);
    arm();
    if (signal?.aborted) return finish(signal.reason);
    signal?.addEventListener('abort', () => finish(signal.reason), { once: true });
    worker.onmessage = (event: MessageEvent<unknown>) => {
      const msg = event.data;
      if (!isMessage(msg)) return finish(new Error('unexpected message from the loader'));
      if (msg.type === 'error') return finish(new Error(msg.message));
      arm();
      if (msg.type === 'head') gathered.head(msg.head);
      else if (msg.type === 'chunk') {
        const { packed, ...rest } = msg.chunk;
        gathered.chunk({ ...rest, records: unpackEnterprises(packed) });
        onChunk?.(gathered);
      } else if (msg.type === 'end') {
        gathered.end(msg.end);
        // With imported layers the merged load follows: the built-in one was shown meanwhile.
        if (!imported) finish(null, gathered.snapshot());
      } else if (msg.type === 'merged') merged.part(msg.part);
      else finish(null, merged.end(msg.end));
    };
    worker.onmessageerror = () => finish(new Error('a message from the loader could not be read'));
    worker.onerror = (event) => {
      event.preventDefault();
      finish(new Error(event.message || 'the loader stopped'));
    };
    const request: WorkerRequest = imported
      ? { sources, zones, imported: imported.layers }
      : { sources, zones };
    const failed = (error: unknown) =>
      finish(error instanceof Error ? error : new Error(String(error)));
    try {
      worker.postMessage(request);
    } catch (error) {
      return failed(error);
    }
    if (imported) sendRows(worker, imported.rows, () => done).catch(failed);
  });
}
