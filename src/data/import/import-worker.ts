/// <reference lib="webworker" />
import type { MultiPolygon, Polygon } from 'geojson';
import districtText from '../../../data/geojson/district.geojson?raw';
import type { ImportIssue, ImportRequest, ImportResponse } from '../../domain/import';
import type { FinishContext } from './finish-import';
import { ImportError } from './import-error';
import { importFile } from './import-file';

// A thin shell around importFile: one worker per import (import-client.ts), so cancelling is
// terminating it; the 'cancel' message also aborts, for a client that keeps the worker.
const controllers = new Map<number, AbortController>();

/**
 * Features per message: small enough that receiving one is a short main-thread task (1,000
 * took 0.1–0.16 s with garbage collection at load average ~15 on 2 cores).
 */
const CHUNK = 500;

function post(message: ImportResponse): void {
  self.postMessage(message);
}

function districtContext(): FinishContext {
  const doc = JSON.parse(districtText) as { features: { geometry: Polygon | MultiPolygon }[] };
  const district = doc.features[0]?.geometry;
  return district ? { district } : {};
}

/** Progress at most every 50 ms: a message per 1 MB chunk would flood a fast read. */
function throttledProgress(id: number): (loaded: number, total: number) => void {
  let last = 0;
  return (loaded, total) => {
    const now = performance.now();
    if (loaded < total && now - last < 50) return;
    last = now;
    post({ type: 'progress', id, loaded, total });
  };
}

function toIssue(error: unknown): ImportIssue {
  if (error instanceof ImportError) return error.issue;
  return {
    index: null,
    code: 'import.error.internal',
    params: { detail: String(error).slice(0, 200) },
  };
}

self.onmessage = async (event: MessageEvent<ImportRequest>) => {
  const msg = event.data;
  if (msg.type === 'cancel') {
    controllers.get(msg.id)?.abort();
    return;
  }
  const controller = new AbortController();
  controllers.set(msg.id, controller);
  try {
    const result = await importFile(
      msg.file,
      msg.fileName,
      msg.options,
      throttledProgress(msg.id),
      controller.signal,
      districtContext(),
    );
    for (let i = 0; i < result.features.length; i += CHUNK) {
      post({ type: 'features', id: msg.id, features: result.features.slice(i, i + CHUNK) });
    }
    post({ type: 'done', id: msg.id, result: { ...result, features: [] } });
  } catch (error) {
    post({ type: 'error', id: msg.id, error: toIssue(error) });
  } finally {
    controllers.delete(msg.id);
  }
};
