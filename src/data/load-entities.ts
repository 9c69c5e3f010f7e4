import type { Enterprise, Project, SkippedRecord } from '../domain/entity';
import type { Provenance } from '../domain/provenance';
import type { ZoneFeature } from '../domain/zone';
import type { LinkColumns } from '../geo/entity-index';
import { linkDataset } from '../geo/link';
import { DatasetError, fetchJson } from './dataset-error';
import { checkFetchable } from './dataset-link';
import { EntityDatasetError } from './entity-dataset-error';
import { type ParsedEntities, parseEnterprises, parseProjects } from './parse-entities';

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

/** What loading produces before the main thread builds its lookups and index. */
export interface LoadedEntities {
  enterprises: Enterprise[];
  projects: Project[];
  skipped: SkippedRecord[];
  provenance: { enterprises: Provenance | null; projects: Provenance | null };
  failed: { enterprises: LoadFailure | null; projects: LoadFailure | null };
  masks: LinkColumns;
}

function failureOf(error: unknown): LoadFailure {
  if (error instanceof DatasetError) {
    const failure = { code: error.code, status: error.status };
    return error.bytes === null ? failure : { ...failure, detail: String(error.bytes) };
  }
  if (error instanceof EntityDatasetError) return { code: error.code, status: null };
  // Not a network failure: say what it was rather than a misleading "HTTP 0".
  const detail = String(error instanceof Error ? error.message : error).slice(0, 200);
  return { code: 'unexpected', status: null, detail };
}

async function load<T>(url: string, origin: string, parse: (json: unknown) => ParsedEntities<T>) {
  const empty: ParsedEntities<T> = { records: [], skipped: [], provenance: null };
  // Checked again where it is fetched: only an absolute URL of our own origin goes out.
  if (!checkFetchable(url, origin).ok) {
    return { parsed: empty, failed: { code: 'refused', status: null } };
  }
  try {
    return { parsed: parse(await fetchJson(url)), failed: null };
  } catch (error) {
    return { parsed: empty, failed: failureOf(error) };
  }
}

/**
 * Fetches, validates and links both files: the heavy part of a load, run in a worker in the
 * browser (so parsing 100,000 records never blocks the page) and inline in tests.
 */
export async function loadEntities(
  sources: EntitySources,
  zones: readonly ZoneFeature[],
  origin: string,
): Promise<LoadedEntities> {
  const [e, p] = await Promise.all([
    load(sources.enterprises, origin, parseEnterprises),
    load(sources.projects, origin, parseProjects),
  ]);
  const link = linkDataset(zones, e.parsed.records, p.parsed.records);
  return {
    enterprises: e.parsed.records,
    projects: p.parsed.records,
    skipped: [...e.parsed.skipped, ...p.parsed.skipped],
    provenance: { enterprises: e.parsed.provenance, projects: p.parsed.provenance },
    failed: { enterprises: e.failed, projects: p.failed },
    masks: {
      enterpriseMasks: link.enterpriseMasks,
      projectMasks: link.projectMasks,
      enterpriseStatus: link.enterpriseStatus,
      projectStatus: link.projectStatus,
    },
  };
}
