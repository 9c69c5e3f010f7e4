import { INDUSTRIES } from '../domain/entity';
import { ZONE_IDS } from '../domain/zone';
import { countAnd } from './bitset';
import type { EntityIndex } from './entity-index';
import type { FilterResult } from './filter-engine';

export interface ZoneIndustryCounts {
  /** [zone slot in ZONE_IDS][industry index in INDUSTRIES] */
  counts: number[][];
  zoneTotals: number[];
  districtCounts: number[];
  districtTotal: number;
}

/**
 * Matching enterprises per zone × industry (a firm in two zones counts in both) and per
 * industry in the whole district (once each). Popcounts of ANDed bitsets: 32 records per
 * operation and no per-record work, so all 28 cells at 100k records cost well under 1 ms.
 */
export function countZoneIndustry(index: EntityIndex, result: FilterResult): ZoneIndustryCounts {
  const { zoneBits, industryBits } = index.enterprises;
  const within = result.enterprises.bits;
  const count = (a: Uint32Array | undefined, b: Uint32Array | undefined) =>
    a === undefined || b === undefined ? 0 : countAnd(a, b, within);
  return {
    counts: ZONE_IDS.map((_, z) => INDUSTRIES.map((_, i) => count(zoneBits[z], industryBits[i]))),
    zoneTotals: ZONE_IDS.map((_, z) => count(zoneBits[z], within)),
    districtCounts: INDUSTRIES.map((_, i) => count(industryBits[i], within)),
    districtTotal: result.enterprises.count,
  };
}
