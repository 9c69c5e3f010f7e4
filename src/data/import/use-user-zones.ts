import { useMemo } from 'react';
import type { UserZone, UserZoneId } from '../../domain/user-zone';
import { useEntityData } from '../use-entities';
import { useFilterResult } from '../use-filter-result';
import { useUserLayers } from './use-user-layers';
import { membersOf, type UserZoneMembers, userZonesOf } from './user-zones';

/** The zones users added, from the stored layers. */
export function useUserZones(): UserZone[] {
  const layers = useUserLayers();
  return useMemo(() => userZonesOf(layers), [layers]);
}

/** Members of every user zone under the current filter (null while the records load). */
export function useUserZoneMembers(): Map<UserZoneId, UserZoneMembers> | null {
  const zones = useUserZones();
  const data = useEntityData();
  const result = useFilterResult();
  return useMemo(() => {
    if (!data || !result) return null;
    const matched = {
      enterprises: result.enterprises.indices,
      projects: result.projects.indices,
    };
    return new Map(zones.map((z) => [z.id, membersOf(z, data, matched)]));
  }, [zones, data, result]);
}
