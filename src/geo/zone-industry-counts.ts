import { INDUSTRIES } from '../domain/entity';
import { ZONE_IDS } from '../domain/zone';
import { type Bitset, countAnd } from './bitset';
import type { EntityIndex } from './entity-index';
import type { FilterResult } from './filter-engine';

export interface ZoneIndustryCounts {
  /** [zone slot][industry index in INDUSTRIES]: ZONE_IDS' slots, then the extra zones'. */
  counts: number[][];
  zoneTotals: number[];
  districtCounts: number[];
  districtTotal: number;
}

/**
 * Matching enterprises per zone × industry (a firm in two zones counts in both) and per
 * industry in the whole district (once each). Popcounts of ANDed bitsets: 32 records per
 * operation and no per-record work, so all 28 cells at 100k records cost well under 1 ms.
 * `extraZones` are the enterprise bitsets of zones users added; their rows follow the plan
 * zones' in the order given, counted the same way.
 */
export function countZoneIndustry(
  index: EntityIndex,
  result: FilterResult,
  extraZones: readonly Bitset[] = [],
): ZoneIndustryCounts {
  const { zoneBits, industryBits } = index.enterprises;
  const within = result.enterprises.bits;
  const count = (a: Uint32Array | undefined, b: Uint32Array | undefined) =>
    a === undefined || b === undefined ? 0 : countAnd(a, b, within);
  const zones = [...ZONE_IDS.map((_, z) => zoneBits[z]), ...extraZones];
  return {
    counts: zones.map((bits) => INDUSTRIES.map((_, i) => count(bits, industryBits[i]))),
    zoneTotals: zones.map((bits) => count(bits, within)),
    districtCounts: INDUSTRIES.map((_, i) => count(industryBits[i], within)),
    districtTotal: result.enterprises.count,
  };
}
