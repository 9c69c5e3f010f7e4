import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { Provenance } from '../domain/provenance';
import { ZONE_IDS, type ZoneFeature } from '../domain/zone';
import { contextQueryOptions, districtQueryOptions, zonesQueryOptions } from './datasets';

export const useDistrictQuery = () => useQuery(districtQueryOptions());
export const useContextQuery = () => useQuery(contextQueryOptions());
export const useZonesQuery = () => useQuery(zonesQueryOptions());

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
