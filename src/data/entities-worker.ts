/// <reference lib="webworker" />
import type { ZoneFeature } from '../domain/zone';
import {
  type EnterpriseChunk,
  type EntitySources,
  type StreamEnd,
  type StreamHead,
  streamEntities,
} from './stream-entities';

export interface WorkerRequest {
  sources: EntitySources;
  zones: ZoneFeature[];
}

/** What the worker says, in order: one head, any number of chunks, then end or error. */
export type WorkerMessage =
  | { type: 'head'; head: StreamHead }
  | { type: 'chunk'; chunk: EnterpriseChunk }
  | { type: 'end'; end: StreamEnd }
  | { type: 'error'; message: string };

function fail(error: unknown): void {
  const message = String(error instanceof Error ? error.message : error).slice(0, 200);
  // Plain strings clone whatever happened; this post cannot fail the way the others might.
  self.postMessage({ type: 'error', message });
}

const post = (message: WorkerMessage, transfer: Transferable[] = []) =>
  self.postMessage(message, transfer);

// Every path ends in exactly one 'end' or 'error' message: a load never leaves the page
// waiting. Records carry only members the parser built (no foreign members of the file), so
// structured cloning sees plain data; should a post still throw, the page hears why. Each
// chunk goes out as soon as it is linked, so the page draws the first records while the rest
// are still being read.
self.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  try {
    const { sources, zones } = event.data;
    await streamEntities(sources, zones, self.location.origin, {
      head: (head) =>
        post({ type: 'head', head }, [head.projectMasks.buffer, head.projectStatus.buffer]),
      chunk: (chunk) => post({ type: 'chunk', chunk }, [chunk.masks.buffer, chunk.status.buffer]),
      end: (end) => post({ type: 'end', end }),
    });
  } catch (error) {
    fail(error);
  }
};
