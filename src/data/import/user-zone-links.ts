import type { Position } from 'geojson';
import { create } from 'zustand';
import type { UserZone, UserZoneId } from '../../domain/user-zone';
import { NO_USER_ZONES, type UserZoneBits, type UserZoneLinks } from '../../geo/user-zone-bits';
import type { EntityData } from '../entities';

/**
 * Which records lie in each user zone, for one load of the records: computed once per zone
 * when it is added (or when the records load), never per filter change.
 */
interface LinkState {
  data: EntityData | null;
  links: UserZoneLinks;
}

export const useUserZoneLinkStore = create<LinkState>(() => ({ data: null, links: NO_USER_ZONES }));

/** The user-zone membership for these records (empty until linked for exactly them). */
export function useUserZoneLinks(data: EntityData | null | undefined): UserZoneLinks {
  return useUserZoneLinkStore((s) => (data && s.data === data ? s.links : NO_USER_ZONES));
}

type Link = typeof import('../../geo/user-zone-link').linkUserZone;

// A zone's polygons are the layer's own coordinate arrays (layer-polygons.ts), so
// the first one identifies the geometry across renames and recolours: no relinking for those.
const done = new WeakMap<EntityData, Map<UserZoneId, { key: Position[][]; bits: UserZoneBits }>>();

/**
 * The links for these zones: at once when there are none, so the linker (polygon clipping, a
 * chunk of its own) is fetched with the first user zone and never on a load that has none;
 * otherwise once `load` has brought it.
 */
export function linkWhenNeeded(
  data: EntityData,
  zones: readonly UserZone[],
  load: () => Promise<Link>,
): UserZoneLinks | Promise<UserZoneLinks> {
  if (zones.length === 0) return NO_USER_ZONES;
  return load().then((link) => linkAll(data, zones, link));
}

/** Links every zone to the records, reusing what was linked before for the same geometry. */
function linkAll(data: EntityData, zones: readonly UserZone[], link: Link): UserZoneLinks {
  let byZone = done.get(data);
  if (!byZone) {
    byZone = new Map();
    done.set(data, byZone);
  }
  const links = new Map<UserZoneId, UserZoneBits>();
  for (const z of zones) {
    const key = z.geometry.coordinates[0] ?? [];
    let entry = byZone.get(z.id);
    if (!entry || entry.key !== key) {
      entry = { key, bits: link(z.id, z.geometry, data.enterprises, data.projects) };
      byZone.set(z.id, entry);
    }
    links.set(z.id, entry.bits);
  }
  return links;
}
