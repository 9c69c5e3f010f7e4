import { useMemo } from 'react';
import type { UserZone, UserZoneId } from '../domain/user-zone';
import type { UserZoneBits } from '../geo/user-zone-bits';
import { compareUserZones, type ZoneComparisonRow } from '../geo/zone-comparison';
import { pick } from '../i18n/translate';
import { useAppStore } from '../state/store';
import type { ComparedZoneNames } from './export/comparison-rows';
import { zoneNamesOf } from './export/labels';
import { useUserZones } from './import/use-user-zones';
import { useUserZoneLinks } from './import/user-zone-links';
import { useZoneList } from './use-datasets';
import { useEntityData } from './use-entities';
import { useFilterResult } from './use-filter-result';

export interface LinkedUserZone {
  zone: UserZone;
  bits: UserZoneBits;
}

/**
 * The zones users added that are linked to the loaded records, in layer order. A zone still
 * being linked (the linking module loads on first use) is left out until it is: no zeros.
 */
export function useLinkedUserZones(): LinkedUserZone[] {
  const zones = useUserZones();
  const links = useUserZoneLinks(useEntityData());
  return useMemo(
    () =>
      zones.flatMap((zone) => {
        const bits = links.get(zone.id);
        return bits ? [{ zone, bits }] : [];
      }),
    [zones, links],
  );
}

/** One comparison row per linked user zone under the current filter (the stats tab's too). */
export function useUserZoneRows(): ZoneComparisonRow[] | null {
  const data = useEntityData();
  const result = useFilterResult();
  const linked = useLinkedUserZones();
  return useMemo(() => {
    if (!data || !result) return null;
    const areas = linked.map(({ zone, bits }) => ({ id: zone.id, areaKm2: zone.area_km2, bits }));
    return compareUserZones(data.index, result, areas);
  }, [data, result, linked]);
}

export interface ComparedZoneLabels {
  /** Plan zones' and user zones' names in the current language. */
  names: ComparedZoneNames;
  /** Each user zone's file, its source. */
  files: ReadonlyMap<UserZoneId, string>;
  /** The user zones by id, for their colour and provenance. */
  userZones: ReadonlyMap<UserZoneId, UserZone>;
}

/** Names and sources of every zone a comparison or the statistics may list. */
export function useComparedZoneLabels(): ComparedZoneLabels {
  const lang = useAppStore((s) => s.lang);
  const zones = useZoneList();
  const userZones = useUserZones();
  return useMemo(() => {
    const names: Partial<Record<string, string>> = { ...zoneNamesOf(zones, lang) };
    for (const z of userZones) names[z.id] = pick(lang, z.name_zh, z.name_en);
    return {
      names,
      files: new Map(userZones.map((z) => [z.id, z.fileName])),
      userZones: new Map(userZones.map((z) => [z.id, z])),
    };
  }, [lang, zones, userZones]);
}
