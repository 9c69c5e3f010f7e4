import type { UserZoneId } from '../domain/user-zone';
import type { ZoneId } from '../domain/zone';
import { andInto, type Bitset, bitsetToIndices, popcount } from './bitset';
import type { EntityIndex } from './entity-index';
import type { FilterResult } from './filter-engine';
import { computePlanProgressWithin, type PlanProgress } from './plan-progress';
import { computeGroupStats, type GroupStats, type Stats } from './stats';
import type { UserZoneBits } from './user-zone-bits';

/** A plan zone or a zone a user added from a polygon file. */
export type ComparedZoneId = ZoneId | UserZoneId;

/** A zone as the comparison needs it: its id and its area from the zones dataset. */
export interface ZoneArea {
  id: ZoneId;
  areaKm2: number;
}

/** A user zone: its area from its own geometry and its membership, linked when it was added. */
export interface UserZoneArea {
  id: UserZoneId;
  areaKm2: number;
  bits: UserZoneBits;
}

export interface ZoneComparisonRow {
  zone: ComparedZoneId;
  /** true for a zone a user added from a file: the plan names no industries or targets for it. */
  userProvided: boolean;
  areaKm2: number;
  group: GroupStats;
  /** Matching enterprises / projects per km² of the zone; null when the area is not positive. */
  enterprisesPerKm2: number | null;
  projectsPerKm2: number | null;
  /**
   * Progress toward each plan target, from the zone's matching enterprises; null for a user
   * zone (no plan target concerns it: none is invented).
   */
  progress: PlanProgress[] | null;
}

/** The filter's bits AND a zone's own bits, as a new bitset. */
function within(matched: Bitset, own: Bitset): Bitset {
  const bits = Uint32Array.from(matched);
  andInto(bits, own);
  return bits;
}

const perKm2 = (areaKm2: number) => (n: number) => (areaKm2 > 0 ? n / areaKm2 : null);

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
    const own = index.enterprises.zoneBits[zoneSlot(id)];
    const per = perKm2(areaKm2);
    return {
      zone: id,
      userProvided: false,
      areaKm2,
      group,
      enterprisesPerKm2: per(group.enterprises),
      projectsPerKm2: per(group.projects),
      progress:
        own === undefined
          ? []
          : computePlanProgressWithin(index, within(result.enterprises.bits, own)),
    };
  });
}

/** Ascending indices of the records set in both bitsets. */
function membersOf(matched: Bitset, own: Bitset): Uint32Array {
  const bits = within(matched, own);
  return bitsetToIndices(bits, popcount(bits));
}

/**
 * One row per user zone, in the order given, counted by the plan zones' code (computeGroupStats)
 * over the filtered records inside it: the same filter, the same counting, no plan progress.
 */
export function compareUserZones(
  index: EntityIndex,
  result: FilterResult,
  zones: readonly UserZoneArea[],
): ZoneComparisonRow[] {
  return zones.map(({ id, areaKm2, bits }) => {
    const group = computeGroupStats(
      index,
      membersOf(result.enterprises.bits, bits.enterprises),
      membersOf(result.projects.bits, bits.projects),
    );
    const per = perKm2(areaKm2);
    return {
      zone: id,
      userProvided: true,
      areaKm2,
      group,
      enterprisesPerKm2: per(group.enterprises),
      projectsPerKm2: per(group.projects),
      progress: null,
    };
  });
}
