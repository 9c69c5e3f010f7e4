import type { StateCreator } from 'zustand';
import { EMPTY_FILTER, type FilterSpec } from '../domain/filter';
import type { AppState } from './store';

type ListKey = {
  [K in keyof FilterSpec]: FilterSpec[K] extends readonly unknown[] ? K : never;
}[keyof FilterSpec];

export interface FiltersSlice {
  filter: FilterSpec;
  /** Parts of a shared link's filter that could not be read (shown once as a notice). */
  ignoredFilterParts: string[];
  setFilter: (patch: Partial<FilterSpec>) => void;
  toggleFilterValue: <K extends Exclude<ListKey, 'shapes'>>(
    key: K,
    value: FilterSpec[K][number],
  ) => void;
  clearFilters: () => void;
  dismissFilterNotice: () => void;
}

export const createFiltersSlice: StateCreator<AppState, [], [], FiltersSlice> = (set) => ({
  filter: EMPTY_FILTER,
  ignoredFilterParts: [],
  setFilter: (patch) => set((s) => ({ filter: { ...s.filter, ...patch } })),
  toggleFilterValue: (key, value) =>
    set((s) => {
      const list = s.filter[key] as readonly unknown[];
      const next = list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
      return { filter: { ...s.filter, [key]: next } };
    }),
  clearFilters: () =>
    set((s) => ({ filter: { ...EMPTY_FILTER, includeSynthetic: s.filter.includeSynthetic } })),
  dismissFilterNotice: () => set({ ignoredFilterParts: [] }),
});

/** How many filter criteria are active (for the "N filters" badge). */
export function activeFilterCount(f: FilterSpec): number {
  const lists = [
    // Plan zones and user zones are one criterion (see FilterSpec).
    [...f.zones, ...f.userZones],
    f.industries,
    f.categories,
    f.orgKinds,
    f.projectTypes,
    f.projectStatuses,
    f.linkStatuses,
  ];
  let n = lists.filter((l) => l.length > 0).length;
  if (f.investment.min !== null || f.investment.max !== null) n++;
  if (f.years.min !== null || f.years.max !== null) n++;
  if (!f.includeSynthetic) n++;
  if (f.shapes.length > 0) n++;
  if (f.inView) n++;
  return n;
}

/**
 * Whether counts under this filter are fewer than the area's real records: any criterion
 * beyond the synthetic switch (leaving synthetic records out still counts every real one).
 */
export function narrowsRealRecords(f: FilterSpec): boolean {
  return activeFilterCount(f) > (f.includeSynthetic ? 0 : 1);
}
