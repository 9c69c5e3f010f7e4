import { queryOptions } from '@tanstack/react-query';
import enterprisesUrl from '../../data/geojson/enterprises.geojson?url';
import projectsUrl from '../../data/geojson/projects.geojson?url';
import type { Enterprise, Project, SkippedRecord } from '../domain/entity';
import type { Provenance } from '../domain/provenance';
import type { ZoneFeature } from '../domain/zone';
import { buildEntityIndex, type EntityIndex } from '../geo/entity-index';
import { type LinkResult, linkDataset } from '../geo/link';
import { fetchJson } from './dataset-error';
import { type ParsedEntities, parseEnterprises, parseProjects } from './parse-entities';

export interface EntitySources {
  enterprises: string;
  projects: string;
}

/** Everything derived from the enterprise and project files, computed once per load. */
export interface EntityData {
  enterprises: Enterprise[];
  projects: Project[];
  link: LinkResult;
  index: EntityIndex;
  skipped: SkippedRecord[];
  provenance: { enterprises: Provenance | null; projects: Provenance | null };
  /** A whole file that could not be used (the other still loads). */
  failed: { enterprises: unknown; projects: unknown };
  /** true when any loaded record is synthetic (模拟数据). */
  hasSynthetic: boolean;
}

/**
 * The files to load: the embedded defaults, or same-origin paths given as `?enterprises=` /
 * `?projects=` (for larger demo or benchmark datasets). Other origins are refused so a link
 * cannot make the app fetch from elsewhere.
 */
export function entitySources(search: string, origin: string): EntitySources {
  const params = new URLSearchParams(search);
  const pick = (key: string, fallback: string) => {
    const raw = params.get(key);
    if (!raw) return fallback;
    try {
      const url = new URL(raw, origin);
      return url.origin === origin ? url.pathname + url.search : fallback;
    } catch {
      return fallback;
    }
  };
  return {
    enterprises: pick('enterprises', enterprisesUrl),
    projects: pick('projects', projectsUrl),
  };
}

async function load<T>(
  url: string,
  parse: (json: unknown) => ParsedEntities<T>,
  signal: AbortSignal,
) {
  try {
    return { parsed: parse(await fetchJson(url, signal)), error: null };
  } catch (error) {
    const empty: ParsedEntities<T> = { records: [], skipped: [], provenance: null };
    return { parsed: empty, error };
  }
}

export function entitiesQueryOptions(
  sources: EntitySources,
  zones: readonly ZoneFeature[] | undefined,
) {
  return queryOptions({
    queryKey: ['entities', sources, zones?.length ?? 0],
    enabled: zones !== undefined,
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
    queryFn: async ({ signal }): Promise<EntityData> => {
      const [e, p] = await Promise.all([
        load(sources.enterprises, parseEnterprises, signal),
        load(sources.projects, parseProjects, signal),
      ]);
      const enterprises = e.parsed.records;
      const projects = p.parsed.records;
      const link = linkDataset(zones ?? [], enterprises, projects);
      return {
        enterprises,
        projects,
        link,
        index: buildEntityIndex(enterprises, projects, link),
        skipped: [...e.parsed.skipped, ...p.parsed.skipped],
        provenance: { enterprises: e.parsed.provenance, projects: p.parsed.provenance },
        failed: { enterprises: e.error, projects: p.error },
        hasSynthetic: enterprises.some((r) => r.synthetic) || projects.some((r) => r.synthetic),
      };
    },
  });
}
