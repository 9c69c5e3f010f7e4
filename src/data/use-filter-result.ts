import { useMemo } from 'react';
import type { FilterSpec } from '../domain/filter';
import { applyFilter, type FilterResult } from '../geo/filter-engine';
import { computePlanProgress } from '../geo/plan-progress';
import { computeStats, type Stats } from '../geo/stats';
import { useAppStore } from '../state/store';
import type { EntityData } from './entities';
import { useEntityData } from './use-entities';

/** Remembers the last result by argument identity, so every reader shares one computation. */
function memoLast<A extends object, B extends object, R>(fn: (a: A, b: B) => R): (a: A, b: B) => R {
  let lastA: A | null = null;
  let lastB: B | null = null;
  let last: R | undefined;
  return (a, b) => {
    if (a !== lastA || b !== lastB || last === undefined) {
      last = fn(a, b);
      lastA = a;
      lastB = b;
    }
    return last;
  };
}

const filterOnce = memoLast((data: EntityData, filter: FilterSpec) =>
  applyFilter(data.index, filter),
);
const statsOnce = memoLast((data: EntityData, result: FilterResult) =>
  computeStats(data.index, result),
);
const progressOnce = memoLast((data: EntityData, result: FilterResult) =>
  computePlanProgress(data.index, result),
);

/**
 * The one filter result the whole app reads (map layers, lists, counts, statistics, exports):
 * computed once per change of data or filter, however many components ask.
 */
export function useFilterResult(): FilterResult | null {
  const data = useEntityData();
  const filter = useAppStore((s) => s.filter);
  return data ? filterOnce(data, filter) : null;
}

export function useStats(): Stats | null {
  const data = useEntityData();
  const result = useFilterResult();
  return useMemo(() => (data && result ? statsOnce(data, result) : null), [data, result]);
}

export function usePlanProgress() {
  const data = useEntityData();
  const result = useFilterResult();
  return useMemo(() => (data && result ? progressOnce(data, result) : null), [data, result]);
}
