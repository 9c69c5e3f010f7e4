/// <reference lib="webworker" />
import type { ZoneFeature } from '../domain/zone';
import { type EntitySources, loadEntities } from './load-entities';

/** Records go back in chunks so no single message costs the page a long task to receive. */
const CHUNK = 10_000;

export interface WorkerRequest {
  sources: EntitySources;
  zones: ZoneFeature[];
  origin: string;
}

self.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const { sources, zones, origin } = event.data;
  const absolute = {
    enterprises: new URL(sources.enterprises, origin).href,
    projects: new URL(sources.projects, origin).href,
  };
  let loaded: Awaited<ReturnType<typeof loadEntities>>;
  try {
    loaded = await loadEntities(absolute, zones);
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
