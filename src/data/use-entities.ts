import { useEffect, useMemo } from 'react';
import { datasetLinks, entitiesQueryOptions, type RefusedLink } from './entities';
import { entityOverlay } from './import/entity-overlay';
import { useUserLayers, useUserLayersQuery } from './import/use-user-layers';
import { startEntityWorker } from './load-in-worker';
import { dropPartial, usePartialEntities } from './load-progress';
import { useQuery } from './query';
import { useZoneList, useZonesQuery } from './use-datasets';

const LINKS = datasetLinks(window.location.search, window.location.origin);
const SOURCES = LINKS.sources;
// Reading the files begins now, beside the zones they are linked to (load-in-worker.ts).
startEntityWorker(SOURCES);

/** Dataset links from the address bar that were refused (the embedded data loads instead). */
export function refusedLinks(): readonly RefusedLink[] {
  return LINKS.refused;
}

/**
 * True when records come from an accepted dataset link: a file of any size, possibly streamed
 * in parts, where the embedded defaults are small and known.
 */
export function recordsFromLink(): boolean {
  return LINKS.linked;
}

/** Enterprises and projects, linked to the zones; waits for the zones to load first. */
export function useEntitiesQuery() {
  // When the zones fail the records still load, linked to no zone.
  const zonesSettled = !useZonesQuery().isPending;
  const zones = useZoneList();
  // Imported registers and boundaries load from IndexedDB first, so the data loads once.
  const layersSettled = !useUserLayersQuery().isPending;
  const layers = useUserLayers();
  const overlay = useMemo(() => entityOverlay(layers), [layers]);
  const ready = zonesSettled && layersSettled;
  const query = useQuery(entitiesQueryOptions(SOURCES, ready ? zones : undefined, overlay));
  useEffect(() => {
    if (query.data) dropPartial();
  }, [query.data]);
  return query;
}

/** The loaded records; while a big dataset streams in, the part that has arrived so far. */
export function useEntityData() {
  const partial = usePartialEntities();
  return useEntitiesQuery().data ?? partial ?? undefined;
}

/** Enterprise/project lookups by id, for jumping between linked records. */
export function useEntityLookup() {
  const data = useEntityData();
  return useMemo(() => {
    if (!data) return null;
    return {
      enterprise: (id: string) => {
        const i = data.link.enterpriseIndexById.get(id);
        return i === undefined ? undefined : data.enterprises[i];
      },
      project: (id: string) => {
        const i = data.link.projectIndexById.get(id);
        return i === undefined ? undefined : data.projects[i];
      },
    };
  }, [data]);
}
