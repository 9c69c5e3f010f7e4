import type { ZoneComparisonRow } from '../../geo/zone-comparison';
import type { MessageKey } from '../../i18n/translate';

/** The sortable columns of the comparison table, each with how to read its value. */
export const COMPARISON_COLUMNS = [
  ['area', 'an.cmp.col.area', (r) => r.areaKm2],
  ['enterprises', 'an.cmp.col.enterprises', (r) => r.group.enterprises],
  ['density', 'an.cmp.col.density', (r) => r.enterprisesPerKm2],
  ['projects', 'an.cmp.col.projects', (r) => r.group.projects],
  ['investment', 'an.cmp.col.investment', (r) => r.group.investmentYi],
  ['highTech', 'an.cmp.col.highTech', (r) => r.group.enterprisesByCategory.高新技术企业],
] as const satisfies readonly (readonly [
  string,
  MessageKey,
  (r: ZoneComparisonRow) => number | null,
])[];

export type SortKey = 'zone' | (typeof COMPARISON_COLUMNS)[number][0];
export interface SortState {
  key: SortKey;
  dir: 'ascending' | 'descending';
}

/**
 * Rows sorted by a column; 'zone' keeps the zones dataset's order (or reverses it). Nulls sort
 * last in both directions; ties keep the dataset order, so the sort is stable and predictable.
 */
export function sortRows(rows: readonly ZoneComparisonRow[], sort: SortState): ZoneComparisonRow[] {
  const order = rows.map((r, i) => ({ r, i }));
  const sign = sort.dir === 'ascending' ? 1 : -1;
  const column = COMPARISON_COLUMNS.find(([key]) => key === sort.key);
  const value = (r: ZoneComparisonRow, i: number): number | null => (column ? column[2](r) : i);
  order.sort((a, b) => {
    const va = value(a.r, a.i);
    const vb = value(b.r, b.i);
    if (va === null || vb === null) return va === vb ? a.i - b.i : va === null ? 1 : -1;
    return (va - vb) * sign || a.i - b.i;
  });
  return order.map((o) => o.r);
}

/** Clicking a header: a new column sorts descending (largest first), the same one flips. */
export function nextSort(current: SortState, key: SortKey): SortState {
  if (current.key !== key) return { key, dir: key === 'zone' ? 'ascending' : 'descending' };
  return { key, dir: current.dir === 'ascending' ? 'descending' : 'ascending' };
}
