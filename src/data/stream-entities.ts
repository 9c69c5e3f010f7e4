import type { Enterprise, Project, SkippedRecord } from '../domain/entity';
import type { Provenance } from '../domain/provenance';
import type { ZoneFeature } from '../domain/zone';
import { linkEnterprises, linkProjects } from '../geo/link';
import { type PreparedZones, prepareZones } from '../geo/prepared-zones';
import { DatasetError, fetchJson } from './dataset-error';
import { checkFetchable } from './dataset-link';
import { isManifest, MAX_STREAM_RECORDS, ManifestError, readManifest } from './dataset-manifest';
import { EntityDatasetError } from './entity-dataset-error';
import {
  collectionOf,
  newParseState,
  type ParseState,
  parseEnterpriseSlice,
  parseProjects,
} from './parse-entities';
import { fetchJsonOnce } from './prefetch-json';

export interface EntitySources {
  enterprises: string;
  projects: string;
}

/** Why a whole file could not be used, in a form that survives postMessage. */
export interface LoadFailure {
  code: string;
  status: number | null;
  /** For 'too-large': bytes read before stopping; for 'unexpected': what went wrong. */
  detail?: string;
}

/** The projects (small, loaded first) and everything else known before enterprises stream. */
export interface StreamHead {
  projects: Project[];
  projectMasks: Uint32Array;
  projectStatus: Uint8Array;
  skipped: SkippedRecord[];
  provenance: Provenance | null;
  failed: LoadFailure | null;
}

/** One slice of enterprises, parsed and linked, with how far the load has come. */
export interface EnterpriseChunk {
  records: Enterprise[];
  masks: Uint32Array;
  status: Uint8Array;
  skipped: SkippedRecord[];
  /** Features read so far (loaded and skipped) and how many there are, when known. */
  read: number;
  total: number | null;
  provenance: Provenance | null;
}

export interface StreamEnd {
  provenance: Provenance | null;
  /** Set when the enterprise file could not be used: the chunks sent so far are void. */
  failed: LoadFailure | null;
}

export interface StreamSink {
  head(head: StreamHead): void;
  chunk(chunk: EnterpriseChunk): void;
  end(end: StreamEnd): void;
}

/** Records per chunk: small enough that the page receives one in a few milliseconds. */
export const STREAM_CHUNK = 10_000;

export function failureOf(error: unknown): LoadFailure {
  if (error instanceof DatasetError) {
    const failure = { code: error.code, status: error.status };
    return error.bytes === null ? failure : { ...failure, detail: String(error.bytes) };
  }
  if (error instanceof EntityDatasetError) return { code: error.code, status: null };
  if (error instanceof ManifestError)
    return { code: error.code, status: null, detail: error.message.slice(0, 200) };
  // Not a network failure: say what it was rather than a misleading "HTTP 0".
  const detail = String(error instanceof Error ? error.message : error).slice(0, 200);
  return { code: 'unexpected', status: null, detail };
}

async function streamProjects(url: string, origin: string, prepared: PreparedZones) {
  const empty = { projects: [], skipped: [], provenance: null };
  let parsed: { projects: Project[]; skipped: SkippedRecord[]; provenance: Provenance | null };
  let failed: LoadFailure | null = null;
  // Checked again where it is fetched: only an absolute URL of our own origin goes out.
  if (!checkFetchable(url, origin).ok) {
    parsed = empty;
    failed = { code: 'refused', status: null };
  } else {
    try {
      const p = parseProjects(await fetchJsonOnce(url));
      parsed = { projects: p.records, skipped: p.skipped, provenance: p.provenance };
    } catch (error) {
      parsed = empty;
      failed = failureOf(error);
    }
  }
  const link = linkProjects(prepared, parsed.projects);
  return { ...parsed, projectMasks: link.masks, projectStatus: link.status, failed };
}

/** Reads enterprise features in slices; counts them against the cap as they come. */
class EnterpriseReader {
  read = 0;
  provenance: Provenance | null = null;
  private readonly state: ParseState = newParseState();
  constructor(
    private readonly prepared: PreparedZones,
    private readonly sink: StreamSink,
    private total: number | null,
  ) {}

  collection(json: unknown): void {
    const { features, provenance } = collectionOf(json, 'enterprises');
    // Every part carries the dataset's provenance; the first one says it for all.
    this.provenance ??= provenance;
    if (this.read + features.length > MAX_STREAM_RECORDS) {
      throw new ManifestError('too-many-records', String(this.read + features.length));
    }
    // A manifest's count is only announced: never let the bar claim less than is read.
    if (this.total !== null) this.total = Math.max(this.total, this.read + features.length);
    for (let i = 0; i < features.length; i += STREAM_CHUNK) {
      this.slice(features.slice(i, i + STREAM_CHUNK));
    }
  }

  private slice(features: readonly unknown[]): void {
    const records = parseEnterpriseSlice(features, this.read, this.state);
    this.read += features.length;
    const { masks, status } = linkEnterprises(this.prepared, records);
    const skipped = this.state.skipped.splice(0);
    const { read, total, provenance } = this;
    this.sink.chunk({ records, masks, status, skipped, read, total, provenance });
  }

  /** A single file: its feature count is the total. */
  single(json: unknown): void {
    const { features } = collectionOf(json, 'enterprises');
    this.total = features.length;
    this.collection(json);
  }
}

async function streamEnterprises(
  url: string,
  origin: string,
  prepared: PreparedZones,
  sink: StreamSink,
): Promise<StreamEnd> {
  if (!checkFetchable(url, origin).ok) {
    return { provenance: null, failed: { code: 'refused', status: null } };
  }
  let reader: EnterpriseReader | null = null;
  try {
    const json = await fetchJsonOnce(url);
    if (!isManifest(json)) {
      reader = new EnterpriseReader(prepared, sink, null);
      reader.single(json);
      return { provenance: reader.provenance, failed: null };
    }
    const manifest = readManifest(json, url, origin);
    reader = new EnterpriseReader(prepared, sink, manifest.records);
    // One part in memory at a time: the page holds the records, the worker only the ids.
    for (const part of manifest.parts) reader.collection(await fetchJson(part));
    return { provenance: reader.provenance, failed: null };
  } catch (error) {
    return { provenance: reader?.provenance ?? null, failed: failureOf(error) };
  }
}

/**
 * Fetches, validates and links both files, handing enterprises to `sink` slice by slice as
 * they are read: the heavy part of a load, run in a worker in the browser (so parsing a
 * million records never blocks the page) and inline in tests.
 */
export async function streamEntities(
  sources: EntitySources,
  zones: readonly ZoneFeature[],
  origin: string,
  sink: StreamSink,
): Promise<void> {
  const prepared = prepareZones(zones);
  sink.head(await streamProjects(sources.projects, origin, prepared));
  sink.end(await streamEnterprises(sources.enterprises, origin, prepared, sink));
}
