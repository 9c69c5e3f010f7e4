import { queryOptions } from '@tanstack/react-query';
import enterprisesUrl from '../../data/geojson/enterprises.geojson?url';
import projectsUrl from '../../data/geojson/projects.geojson?url';
import type { Enterprise, Project, SkippedRecord } from '../domain/entity';
import type { Provenance } from '../domain/provenance';
import type { ZoneFeature } from '../domain/zone';
import { buildEntityIndex, type EntityIndex } from '../geo/entity-index';
import { type LinkResult, linkLookups } from '../geo/link';
import type { EntityOverlay } from './import/entity-overlay';
import {
  type EntitySources,
  type LoadedEntities,
  type LoadFailure,
  loadEntities,
} from './load-entities';
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

async function assemble(loaded: LoadedEntities): Promise<EntityData> {
  const { enterprises, projects } = loaded;
  const lookups = linkLookups(enterprises, projects);
  await yieldToPage();
  const link: LinkResult = { ...loaded.masks, ...lookups };
  const index = buildEntityIndex(enterprises, projects, link);
  await yieldToPage();
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
  overlay: EntityOverlay | null = null,
) {
  return queryOptions({
    // The overlay key names the imported layers in use (records and zone boundaries).
    queryKey: ['entities', sources, zones?.length ?? 0, overlay?.key ?? ''],
    enabled: zones !== undefined,
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
    queryFn: async (): Promise<EntityData> => {
      const list = [...(zones ?? [])];
      // Parsing and linking run in a worker where there is one (the browser), inline elsewhere.
      const loaded =
        typeof Worker === 'undefined'
          ? await loadEntities(sources, list)
          : await loadInWorker(sources, list);
      if (!overlay) return assemble(loaded);
      // Imported registers go through the record parser on this thread: loaded only when used.
      const { mergeImported } = await import('./import/merge-imported');
      return assemble(mergeImported(loaded, overlay, list));
    },
  });
}
