import { useCallback, useMemo } from 'react';
import type { Provenance } from '../domain/provenance';
import { ZONE_IDS, type ZoneFeature } from '../domain/zone';
import {
  contextQueryOptions,
  districtQueryOptions,
  type LoadedCollection,
  zonesQueryOptions,
} from './datasets';
import { useUserLayers } from './import/use-user-layers';
import { loadedZoneOverrides } from './import/zone-overrides-loader';
import { useQuery } from './query';

export const useDistrictQuery = () => useQuery(districtQueryOptions());
export const useContextQuery = () => useQuery(contextQueryOptions());
/** The zones, with any zone the user replaced by an imported boundary file. */
export function useZonesQuery() {
  const layers = useUserLayers();
  // Loaded before any layer list that replaces a zone arrives (zone-overrides-loader.ts).
  const select = useCallback(
    (d: LoadedCollection) => loadedZoneOverrides()?.applyZoneOverrides(d, layers) ?? d,
    [layers],
  );
  return useQuery({ ...zonesQueryOptions(), select });
}

/** The four zone areas in the plan's order (empty until loaded). */
export function useZoneList(): ZoneFeature[] {
  const { data } = useZonesQuery();
  return useMemo(() => {
    if (!data) return [];
    const areas = data.collection.features.filter(
      (f) => f.properties.role === 'zone',
    ) as unknown as ZoneFeature[];
    return ZONE_IDS.flatMap((id) => areas.filter((f) => f.properties.zone_id === id));
  }, [data]);
}

export function useZonesProvenance(): Provenance | null {
  return useZonesQuery().data?.provenance ?? null;
}
