/// <reference lib="webworker" />
import type { ZoneFeature } from '../domain/zone';
import { type EntitySources, loadEntities } from './load-entities';

/** Records go back in chunks so no single message costs the page a long task to receive. */
const CHUNK = 10_000;

export interface WorkerRequest {
  sources: EntitySources;
  zones: ZoneFeature[];
}

self.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const { sources, zones } = event.data;
  let loaded: Awaited<ReturnType<typeof loadEntities>>;
  try {
    loaded = await loadEntities(sources, zones, self.location.origin);
  } catch (error) {
    self.postMessage({ type: 'error', message: String(error) });
    return;
  }
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
};
