import { INDUSTRIES } from '../domain/entity';
import { ZONE_IDS } from '../domain/zone';
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
 * industry in the whole district (once each), in one pass over the matches.
 */
export function countZoneIndustry(index: EntityIndex, result: FilterResult): ZoneIndustryCounts {
  const nInd = INDUSTRIES.length;
  const nZone = ZONE_IDS.length;
  const flat = new Float64Array(nZone * nInd);
  const district = new Float64Array(nInd);
  const zoneTotals = new Float64Array(nZone);
  const { industry, zoneMask } = index.enterprises;
  for (const i of result.enterprises.indices) {
    const ind = industry[i] ?? 0;
    district[ind] = (district[ind] ?? 0) + 1;
    for (let m = zoneMask[i] ?? 0; m !== 0; m &= m - 1) {
      const z = 31 - Math.clz32(m & -m);
      if (z >= nZone) break;
      flat[z * nInd + ind] = (flat[z * nInd + ind] ?? 0) + 1;
      zoneTotals[z] = (zoneTotals[z] ?? 0) + 1;
    }
  }
  return {
    counts: ZONE_IDS.map((_, z) => Array.from(flat.subarray(z * nInd, (z + 1) * nInd))),
    zoneTotals: Array.from(zoneTotals),
    districtCounts: Array.from(district),
    districtTotal: result.enterprises.count,
  };
}
