/**
 * Location quotient (区位熵) of industry i in zone z:
 *   LQ = (n_zi / n_z) / (N_i / N)
 * where n_zi is the zone's enterprises in the industry, n_z the zone's enterprises, N_i the
 * district's enterprises in the industry and N the district's enterprises (all of them, in a
 * zone or not). LQ > 1: the industry is over-represented in the zone. Below MIN_COUNT firms of
 * the industry in the zone the ratio swings on one firm, so it is reported as not meaningful.
 */
export const MIN_COUNT = 5;

export type LqReason = 'small' | 'empty';

export interface LqCell {
  /** n_zi: the zone's enterprises in the industry. */
  count: number;
  /** null when not meaningful (reason says why). */
  value: number | null;
  reason: LqReason | null;
}

/**
 * counts[z][i] = n_zi; zoneTotals[z] = n_z; districtCounts[i] = N_i; districtTotal = N.
 * Returns lq[z][i].
 */
export function locationQuotients(
  counts: readonly (readonly number[])[],
  zoneTotals: readonly number[],
  districtCounts: readonly number[],
  districtTotal: number,
): LqCell[][] {
  return counts.map((row, z) =>
    row.map((count, i): LqCell => {
      const nz = zoneTotals[z] ?? 0;
      const ni = districtCounts[i] ?? 0;
      if (nz === 0 || ni === 0 || districtTotal === 0) {
        return { count, value: null, reason: 'empty' };
      }
      if (count < MIN_COUNT) return { count, value: null, reason: 'small' };
      return { count, value: count / nz / (ni / districtTotal), reason: null };
    }),
  );
}
