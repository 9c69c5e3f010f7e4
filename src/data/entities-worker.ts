/// <reference lib="webworker" />
import type { ZoneFeature } from '../domain/zone';
import { type EntitySources, type LoadedEntities, loadEntities } from './load-entities';

/** Records go back in chunks so no single message costs the page a long task to receive. */
const CHUNK = 10_000;

export interface WorkerRequest {
  sources: EntitySources;
  zones: ZoneFeature[];
}

function fail(error: unknown): void {
  const message = String(error instanceof Error ? error.message : error).slice(0, 200);
  // Plain strings clone whatever happened; this post cannot fail the way the others might.
  self.postMessage({ type: 'error', message });
}

function send(loaded: LoadedEntities): void {
  for (let i = 0; i < loaded.enterprises.length; i += CHUNK) {
    self.postMessage({ type: 'enterprises', records: loaded.enterprises.slice(i, i + CHUNK) });
  }
  const { masks } = loaded;
  self.postMessage({ type: 'done', rest: { ...loaded, enterprises: [] } }, [
    masks.enterpriseMasks.buffer,
    masks.projectMasks.buffer,
    masks.enterpriseStatus.buffer,
    masks.projectStatus.buffer,
  ]);
}

// Every path ends in exactly one 'done' or 'error' message: a load never leaves the page
// waiting. Records carry only members the parser built (no foreign members of the file), so
// structured cloning sees plain data; should a post still throw, the page hears why.
self.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  try {
    const { sources, zones } = event.data;
    send(await loadEntities(sources, zones, self.location.origin));
  } catch (error) {
    fail(error);
  }
};
