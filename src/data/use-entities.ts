import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { datasetLinks, entitiesQueryOptions, type RefusedLink } from './entities';
import { useZoneList, useZonesQuery } from './use-datasets';

const LINKS = datasetLinks(window.location.search, window.location.origin);
const SOURCES = LINKS.sources;

/** Dataset links from the address bar that were refused (the embedded data loads instead). */
export function refusedLinks(): readonly RefusedLink[] {
  return LINKS.refused;
}

/** Enterprises and projects, linked to the zones; waits for the zones to load first. */
export function useEntitiesQuery() {
  // When the zones fail the records still load, linked to no zone.
  const zonesSettled = !useZonesQuery().isPending;
  const zones = useZoneList();
  return useQuery(entitiesQueryOptions(SOURCES, zonesSettled ? zones : undefined));
}

export function useEntityData() {
  return useEntitiesQuery().data;
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
