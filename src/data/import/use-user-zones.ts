import { useMemo } from 'react';
import type { UserZone, UserZoneId } from '../../domain/user-zone';
import { useEntityData } from '../use-entities';
import { useFilterResult } from '../use-filter-result';
import { useUserLayers } from './use-user-layers';
import { useUserZoneLinks } from './user-zone-links';
import { membersOf, type UserZoneMembers, userZonesOf } from './user-zones';

/** The zones users added, from the stored layers. */
export function useUserZones(): UserZone[] {
  const layers = useUserLayers();
  return useMemo(() => userZonesOf(layers), [layers]);
}

/** Members of every linked user zone under the current filter (null while the records load). */
export function useUserZoneMembers(): Map<UserZoneId, UserZoneMembers> | null {
  const zones = useUserZones();
  const data = useEntityData();
  const result = useFilterResult();
  const links = useUserZoneLinks(data);
  return useMemo(() => {
    if (!data || !result) return null;
    const out = new Map<UserZoneId, UserZoneMembers>();
    for (const z of zones) {
      const bits = links.get(z.id);
      // Not linked yet (the linking module loads on first use): no counts rather than zeros.
      if (bits) out.set(z.id, membersOf(data, bits, result));
    }
    return out;
  }, [zones, data, result, links]);
}
