import type { ZoneComparisonRow } from '../../geo/zone-comparison';
import type { BarRow } from '../stats/stats-rows';

/**
 * One bar per compared zone, scaled to the largest value. A zone a user added keeps its
 * user-provided mark, so the chart badges it as the table does; bars carry values only, never
 * a plan target (the plan sets none for a user's zone, and none is drawn for any zone here).
 */
export function comparisonBars(
  rows: readonly ZoneComparisonRow[],
  get: (r: ZoneComparisonRow) => number,
  name: (r: ZoneComparisonRow) => string,
): BarRow[] {
  const max = Math.max(0, ...rows.map(get));
  return rows.map((r) => ({
    key: r.zone,
    label: name(r),
    value: get(r),
    fraction: max > 0 ? get(r) / max : 0,
    userProvided: r.userProvided,
  }));
}
