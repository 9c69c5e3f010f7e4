import type { Enterprise, Project, SkippedRecord } from '../domain/entity';
import type { Provenance } from '../domain/provenance';
import type { ZoneFeature } from '../domain/zone';
import type { LinkColumns } from '../geo/entity-index';
import { EntityAccumulator } from './entity-accumulator';
import { type EntitySources, type LoadFailure, streamEntities } from './stream-entities';

export type { EntitySources, LoadFailure };

/** What loading produces before the main thread builds its lookups and index. */
export interface LoadedEntities {
  enterprises: Enterprise[];
  projects: Project[];
  skipped: SkippedRecord[];
  provenance: { enterprises: Provenance | null; projects: Provenance | null };
  failed: { enterprises: LoadFailure | null; projects: LoadFailure | null };
  masks: LinkColumns;
  /**
   * Each dataset's spatial index (Flatbush data over its points, in record order) when the
   * worker built it: sorting 100,000 points was one unsliceable main-thread task.
   */
  spatial?: SpatialData;
}

export interface SpatialData {
  enterprises: ArrayBuffer | null;
  projects: ArrayBuffer | null;
}

/**
 * Fetches, validates and links both files in one go (the inline path, used where there is no
 * Worker, e.g. in tests); the browser streams the same load from a worker (load-in-worker).
 */
export async function loadEntities(
  sources: EntitySources,
  zones: readonly ZoneFeature[],
  origin: string,
): Promise<LoadedEntities> {
  const gathered = new EntityAccumulator();
  await streamEntities(sources, zones, origin, gathered);
  return gathered.snapshot();
}
