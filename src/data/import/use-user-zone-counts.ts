import { useMemo } from 'react';
import type { UserZoneId } from '../../domain/user-zone';
import { countAnd } from '../../geo/bitset';
import { applyFilter } from '../../geo/filter-engine';
import { useEntityData } from '../use-entities';
import { useFilterInput, useFilterResult } from '../use-filter-result';

export interface UserZoneCount {
  enterprises: number;
  projects: number;
}

/**
 * Per linked user zone, the records that pass every criterion except the zone one: what the
 * user gets by ticking that zone alone (the usual facet count, as for record kinds).
 */
export function useUserZoneCounts(): ReadonlyMap<UserZoneId, UserZoneCount> | null {
  const data = useEntityData();
  const { filter, links } = useFilterInput(data);
  const result = useFilterResult();
  return useMemo(() => {
    if (!data || !result) return null;
    const zoned = filter.zones.length + filter.userZones.length > 0;
    const base = zoned
      ? applyFilter(data.index, { ...filter, zones: [], userZones: [] }, links)
      : result;
    const out = new Map<UserZoneId, UserZoneCount>();
    for (const [id, bits] of links) {
      out.set(id, {
        enterprises: countAnd(base.enterprises.bits, bits.enterprises),
        projects: countAnd(base.projects.bits, bits.projects),
      });
    }
    return out;
  }, [data, filter, result, links]);
}
