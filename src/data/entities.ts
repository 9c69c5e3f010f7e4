import { queryOptions } from '@tanstack/react-query';
import enterprisesUrl from '../../data/geojson/enterprises.geojson?url';
import projectsUrl from '../../data/geojson/projects.geojson?url';
import type { Enterprise, Project, SkippedRecord } from '../domain/entity';
import type { Provenance } from '../domain/provenance';
import type { ZoneFeature } from '../domain/zone';
import { type EntityIndex, entityIndexSteps } from '../geo/entity-index';
import type { LinkResult } from '../geo/link';
import { linkLookupsSteps } from '../geo/link-lookups';
import { type LinkRefusal, resolveDatasetLink } from './dataset-link';
import type { EntityOverlay } from './import/entity-overlay';
import type { EntitySources, LoadedEntities, LoadFailure } from './load-entities';
import { type ImportedRows, loadInWorker, type OnChunk } from './load-in-worker';
import { beginLoad, endLoad, publishPartial, reportProgress } from './load-progress';
import { runSliced } from './slices';

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

/** A dataset link from the address bar that was refused, shown to the user as text. */
export interface RefusedLink {
  dataset: 'enterprises' | 'projects';
  raw: string;
  reason: LinkRefusal;
}

/**
 * The files to load: the embedded defaults, or same-origin links given as `?enterprises=` /
 * `?projects=` (for larger demo or benchmark datasets), each resolved once to an absolute URL
 * and checked after full resolution (see dataset-link.ts). A refused link falls back to the
 * embedded file and is reported, so a link cannot make the app fetch from elsewhere.
 * `linked`: at least one link was accepted (records of any size, not the small embedded files).
 */
export function datasetLinks(
  search: string,
  origin: string,
): { sources: EntitySources; refused: RefusedLink[]; linked: boolean } {
  const params = new URLSearchParams(search);
  const refused: RefusedLink[] = [];
  let linked = false;
  const pick = (dataset: RefusedLink['dataset'], fallback: string) => {
    const raw = params.get(dataset);
    const fallbackUrl = new URL(fallback, `${origin}/`).href;
    if (raw === null || raw === '') return fallbackUrl;
    const link = resolveDatasetLink(raw, origin);
    if (link.ok) {
      linked = true;
      return link.url;
    }
    refused.push({ dataset, raw, reason: link.reason });
    return fallbackUrl;
  };
  const sources = {
    enterprises: pick('enterprises', enterprisesUrl),
    projects: pick('projects', projectsUrl),
  };
  return { sources, refused, linked };
}

export function entitySources(search: string, origin: string): EntitySources {
  return datasetLinks(search, origin).sources;
}

/**
 * Loads in the worker, publishing progress per chunk and, now and then, the records so far
 * (assembled like a finished load) so the map and counts fill in while the rest arrives.
 * Assembling costs the page O(records) each time, so it runs at most once per
 * PARTIAL_EVERY_MS and never more than a quarter of the time.
 */
async function streamInWorker(
  sources: EntitySources,
  zones: ZoneFeature[],
  signal: AbortSignal,
  imported?: ImportedRows,
): Promise<LoadedEntities> {
  const token = beginLoad();
  let busy = false;
  let next = 0;
  const onChunk: OnChunk = (gathered) => {
    reportProgress(token, gathered.progress);
    // The chunk that completes the load: its end follows at once and the finished load is
    // assembled then; a partial assembled now would show for a moment at best, for the same
    // work again on the page. With imported layers the merge follows, and this shows meanwhile.
    const { read, total } = gathered.progress;
    if (!imported && total !== null && read >= total) return;
    if (busy || performance.now() < next) return;
    busy = true;
    const started = performance.now();
    assemble(gathered.snapshot(), signal)
      .then((partial) => publishPartial(token, partial))
      // Only an abort (a newer load took over) stops it; the finished load reports errors.
      .catch(() => undefined)
      .finally(() => {
        busy = false;
        const cost = performance.now() - started;
        next = performance.now() + Math.max(PARTIAL_EVERY_MS, 3 * cost);
      });
  };
  try {
    const loaded = await loadInWorker(sources, zones, signal, undefined, onChunk, imported);
    endLoad(token, true);
    return loaded;
  } catch (error) {
    endLoad(token, false);
    throw error;
  }
}

const PARTIAL_EVERY_MS = 1000;

/** Below this many points the page sorts them itself in a few tens of milliseconds. */
const SPATIAL_WORKER_MIN = 50_000;

async function packOverlay(overlay: EntityOverlay): Promise<ImportedRows> {
  const { packLayers, packRows } = await import('./import/pack-overlay');
  return { layers: packLayers(overlay.layers), rows: packRows(overlay.layers) };
}

/**
 * The lookups, the index and the map's cluster grids, built in short tasks (slices.ts): for
 * 100,000 records each was one main-thread task of 0.1–0.9 s (issue 8's import bench).
 */
async function assemble(loaded: LoadedEntities, signal?: AbortSignal): Promise<EntityData> {
  const { enterprises, projects } = loaded;
  // The spatial index's code is fetched here, beside the data, not with the first paint.
  const spatial = import('flatbush');
  // So is the map's cluster grid code (it draws them with its lazily loaded entity part).
  const clusters = import('../geo/cluster-index');
  // A large enterprise list's indexes are sorted in a worker (each was a task of seconds at
  // 1M), started now so it works while the page builds the lookups; its client is fetched only
  // then. A failed or aborted worker leaves them to the page (an abort stops the steps below).
  const inWorker =
    loaded.spatial || enterprises.length < SPATIAL_WORKER_MIN
      ? null
      : import('./spatial-in-worker')
          .then(({ spatialInWorker }) => spatialInWorker(enterprises, signal))
          .catch(() => null);
  const lookups = await runSliced(linkLookupsSteps(enterprises, projects), { signal });
  const link: LinkResult = { ...loaded.masks, ...lookups };
  const built = await inWorker;
  const prebuilt = loaded.spatial ?? { enterprises: built?.spatial ?? null, projects: null };
  const Spatial = (await spatial).default;
  const steps = entityIndexSteps(enterprises, projects, link, Spatial, prebuilt);
  const index = await runSliced(steps, { signal });
  // The map reads these grids when it draws the records (cluster-source.ts).
  const { adoptClusterIndex, prepareClusterIndex } = await clusters;
  if (!built || !adoptClusterIndex(index.enterprises, built.cluster)) {
    await runSliced(prepareClusterIndex(index.enterprises), { signal });
  }
  await runSliced(prepareClusterIndex(index.projects), { signal });
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
    // Structural sharing compares the new records with the old deeply: with an imported
    // register of 100,000 records that was a main-thread task of 0.3–0.5 s (issue 8). Each
    // load builds new data whole, so identity already tells what changed.
    structuralSharing: false,
    // react-query aborts `signal` when a newer query (another dataset link) replaces this one.
    queryFn: async ({ signal }): Promise<EntityData> => {
      const list = [...(zones ?? [])];
      // Parsing and linking run in a worker where there is one (the browser), inline elsewhere.
      // The inline path is imported on demand: parsing, validation and linking (with turf)
      // then stay out of the page's first-paint bundle.
      if (typeof Worker !== 'undefined') {
        // Imported registers are converted, parsed and linked in the worker too: only the
        // mapped columns and the coordinates go over, a chunk per task.
        const imported = overlay ? await packOverlay(overlay) : undefined;
        return assemble(await streamInWorker(sources, list, signal, imported), signal);
      }
      const { loadEntities } = await import('./load-entities');
      const loaded = await loadEntities(sources, list, globalThis.location?.origin ?? '');
      if (!overlay) return assemble(loaded, signal);
      const { mergeImported } = await import('./import/merge-imported');
      return assemble(mergeImported(loaded, overlay, list), signal);
    },
  });
}
