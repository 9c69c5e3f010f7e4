/// <reference lib="webworker" />
import Flatbush from 'flatbush';
import type { ZoneFeature } from '../domain/zone';
import { spatialIndexData } from '../geo/point-columns';
import { checkFetchable } from './dataset-link';
import { EntityAccumulator } from './entity-accumulator';
import type { MergedEnd, MergedPart } from './import/merged-stream';
import { type PackedLayer, type RowsChunk, RowsReceiver } from './import/pack-overlay';
import { type PackedEnterprises, packEnterprises, packedBuffers } from './packed-enterprises';
import { prefetchJson } from './prefetch-json';
import {
  type EnterpriseChunk,
  type EntitySources,
  type StreamEnd,
  type StreamHead,
  type StreamSink,
  streamEntities,
} from './stream-entities';

export interface WorkerRequest {
  sources: EntitySources;
  zones: ZoneFeature[];
  /** Imported layers used as records: their rows follow in 'rows' messages. */
  imported?: PackedLayer[];
}

/**
 * What the page sends: perhaps first a prefetch (the files to start reading before the zones
 * have loaded), the request, then (with `imported`) the rows, chunk by chunk.
 */
export type PageMessage =
  | WorkerRequest
  | { type: 'rows'; chunk: RowsChunk }
  | { type: 'prefetch'; sources: EntitySources };

/** A chunk as posted to the page: its records as columns (packed-enterprises.ts). */
export type PackedChunk = Omit<EnterpriseChunk, 'records'> & { packed: PackedEnterprises };

/**
 * What the worker says, in order: one head, any number of chunks, then end or error. With
 * imported layers, the built-in load streams as usual (the page shows it meanwhile), then the
 * merged load follows as parts and one merged-end.
 */
export type WorkerMessage =
  | { type: 'head'; head: StreamHead }
  | { type: 'chunk'; chunk: PackedChunk }
  | { type: 'end'; end: StreamEnd }
  | { type: 'merged'; part: MergedPart }
  | { type: 'merged-end'; end: MergedEnd }
  | { type: 'error'; message: string };

function fail(error: unknown): void {
  const message = String(error instanceof Error ? error.message : error).slice(0, 200);
  // Plain strings clone whatever happened; this post cannot fail the way the others might.
  self.postMessage({ type: 'error', message });
}

const post = (message: WorkerMessage, transfer: Transferable[] = []) =>
  self.postMessage(message, transfer);

/** Posts the built-in stream to the page; with `keep`, also gathers it here (copies go out). */
function pageSink(keep: EntityAccumulator | null): StreamSink {
  return {
    head: (h) => {
      keep?.head(h);
      const head = keep
        ? { ...h, projectMasks: h.projectMasks.slice(), projectStatus: h.projectStatus.slice() }
        : h;
      post({ type: 'head', head }, [head.projectMasks.buffer, head.projectStatus.buffer]);
    },
    chunk: (c) => {
      keep?.chunk(c);
      const { records, ...rest } = c;
      const packed = packEnterprises(records);
      const chunk = keep ? { ...rest, masks: c.masks.slice(), status: c.status.slice() } : rest;
      const buffers = [chunk.masks.buffer, chunk.status.buffer, ...packedBuffers(packed)];
      post({ type: 'chunk', chunk: { ...chunk, packed } }, buffers);
    },
    end: (e) => {
      keep?.end(e);
      post({ type: 'end', end: e });
    },
  };
}

/** The imported rows of this worker's one load, as they arrive. */
let rows: { receiver: RowsReceiver; done: () => void } | null = null;

/**
 * Merges the imported layers into the built-in load here rather than on the page: converting,
 * parsing and linking 100,000 rows took seconds of one main-thread task.
 */
async function mergeHere(request: WorkerRequest, imported: PackedLayer[]): Promise<void> {
  // Set before the first await: the rows messages queue right behind the request.
  const receiver = new RowsReceiver(imported);
  const arrived = new Promise<void>((done) => {
    rows = { receiver, done };
  });
  if (receiver.complete) rows?.done();
  const kept = new EntityAccumulator();
  await streamEntities(request.sources, request.zones, self.location.origin, pageSink(kept));
  await arrived;
  const [{ mergeImported }, { splitMerged }] = await Promise.all([
    import('./import/merge-imported'),
    import('./import/merged-stream'),
  ]);
  const merged = mergeImported(kept.snapshot(), { layers: receiver.layers() }, request.zones);
  // The spatial indexes are built here: their sort was one long task on the page.
  merged.spatial = {
    enterprises: spatialIndexData(merged.enterprises, Flatbush),
    projects: spatialIndexData(merged.projects, Flatbush),
  };
  splitMerged(
    merged,
    (part) => post({ type: 'merged', part }),
    (end) => {
      const m = end.masks;
      const buffers: ArrayBufferLike[] = [
        m.enterpriseMasks,
        m.projectMasks,
        m.enterpriseStatus,
        m.projectStatus,
      ].map((b) => b.buffer);
      for (const s of [end.spatial?.enterprises, end.spatial?.projects]) if (s) buffers.push(s);
      post({ type: 'merged-end', end }, [...new Set(buffers)] as Transferable[]);
    },
  );
}

// Every path ends in exactly one 'end' (or 'merged-end') or 'error' message: a load never
// leaves the page waiting. Records carry only members the parser built (no foreign members of
// the file), so structured cloning sees plain data; should a post still throw, the page hears
// why. Each chunk goes out as soon as it is linked, so the page draws the first records while
// the rest are still being read.
self.onmessage = async (event: MessageEvent<PageMessage>) => {
  try {
    const msg = event.data;
    if ('type' in msg && msg.type === 'prefetch') {
      // Only what the load itself would be allowed to fetch (checked again there).
      for (const url of [msg.sources.projects, msg.sources.enterprises])
        if (checkFetchable(url, self.location.origin).ok) prefetchJson(url);
      return;
    }
    if ('type' in msg) {
      if (!rows) throw new Error('rows before the request');
      rows.receiver.add(msg.chunk);
      if (rows.receiver.complete) rows.done();
      return;
    }
    if (msg.imported) return await mergeHere(msg, msg.imported);
    await streamEntities(msg.sources, msg.zones, self.location.origin, pageSink(null));
  } catch (error) {
    fail(error);
  }
};
