import { queryOptions } from '@tanstack/react-query';
import enterprisesUrl from '../../data/geojson/enterprises.geojson?url';
import projectsUrl from '../../data/geojson/projects.geojson?url';
import type { Enterprise, Project, SkippedRecord } from '../domain/entity';
import type { Provenance } from '../domain/provenance';
import type { ZoneFeature } from '../domain/zone';
import { buildEntityIndex, type EntityIndex } from '../geo/entity-index';
import type { LinkResult } from '../geo/link';
import { linkLookups } from '../geo/link-lookups';
import type { EntitySources, LoadedEntities, LoadFailure } from './load-entities';
import { loadInWorker } from './load-in-worker';

export type { EntitySources };

/** Everything derived from the enterprise and project files, computed once per load. */
export interface EntityData {
  enterprises: Enterprise[];
  projects: Project[];
  link: LinkResult;
  index: EntityIndex;
  skipped: SkippedRecord[];
  provenance: { enterprises: Provenance | null; projects: Provenance | null };
  /** A whole file that could not be used (the other still loads). */
  failed: { enterprises: LoadFailure | null; projects: LoadFailure | null };
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

/** Lets the page paint between the steps that build lookups and the index. */
const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

async function assemble(loaded: LoadedEntities, signal?: AbortSignal): Promise<EntityData> {
  const { enterprises, projects } = loaded;
  const lookups = linkLookups(enterprises, projects);
  await yieldToPage();
  signal?.throwIfAborted();
  const link: LinkResult = { ...loaded.masks, ...lookups };
  const index = buildEntityIndex(enterprises, projects, link);
  await yieldToPage();
  signal?.throwIfAborted();
  return {
    enterprises,
    projects,
    link,
    index,
    skipped: loaded.skipped,
    provenance: loaded.provenance,
    failed: loaded.failed,
    hasSynthetic: enterprises.some((r) => r.synthetic) || projects.some((r) => r.synthetic),
  };
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
    // react-query aborts `signal` when a newer query (another dataset link) replaces this one.
    queryFn: async ({ signal }): Promise<EntityData> => {
      const list = [...(zones ?? [])];
      // Parsing and linking run in a worker where there is one (the browser), inline elsewhere.
      // The inline path is imported on demand: parsing, validation and linking (with turf)
      // then stay out of the page's first-paint bundle.
      const loaded =
        typeof Worker === 'undefined'
          ? await (await import('./load-entities')).loadEntities(sources, list)
          : await loadInWorker(sources, list, signal);
      return assemble(loaded, signal);
    },
  });
}
