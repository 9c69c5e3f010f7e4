import type { ZoneId } from '../domain/zone';
import { andInto, type Bitset } from './bitset';
import type { EntityIndex } from './entity-index';
import type { FilterResult } from './filter-engine';
import { computePlanProgressWithin, type PlanProgress } from './plan-progress';
import type { GroupStats, Stats } from './stats';

/** A zone as the comparison needs it: its id and its area from the zones dataset. */
export interface ZoneArea {
  id: ZoneId;
  areaKm2: number;
}

export interface ZoneComparisonRow {
  zone: ZoneId;
  areaKm2: number;
  group: GroupStats;
  /** Matching enterprises / projects per km² of the zone; null when the area is not positive. */
  enterprisesPerKm2: number | null;
  projectsPerKm2: number | null;
  /** Progress toward each plan target, from the zone's matching enterprises. */
  progress: PlanProgress[];
}

/** The zone's matching enterprises: the filter's bits AND the zone's bits. */
function zoneBits(index: EntityIndex, result: FilterResult, slot: number): Bitset | null {
  const own = index.enterprises.zoneBits[slot];
  if (own === undefined) return null;
  const bits = Uint32Array.from(result.enterprises.bits);
  andInto(bits, own);
  return bits;
}

/**
 * One row per zone of `zones` (the zones dataset, in its order), from the same statistics the
 * stats tab shows. A record in two zones counts in both, as there.
 */
export function compareZones(
  index: EntityIndex,
  result: FilterResult,
  stats: Stats,
  zones: readonly ZoneArea[],
  zoneSlot: (id: ZoneId) => number,
): ZoneComparisonRow[] {
  return zones.map(({ id, areaKm2 }) => {
    const group = stats.byZone[id];
    const bits = zoneBits(index, result, zoneSlot(id));
    const per = (n: number) => (areaKm2 > 0 ? n / areaKm2 : null);
    return {
      zone: id,
      areaKm2,
      group,
      enterprisesPerKm2: per(group.enterprises),
      projectsPerKm2: per(group.projects),
      progress: bits === null ? [] : computePlanProgressWithin(index, bits),
    };
  });
}
