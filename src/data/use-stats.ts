import { useMemo } from 'react';
import type { FilterResult } from '../geo/filter-engine';
import { computePlanProgress } from '../geo/plan-progress';
import { computeStats, type Stats } from '../geo/stats';
import type { EntityData } from './entities';
import { useEntityData } from './use-entities';
import { memoLast, useFilterResult } from './use-filter-result';

// Apart from use-filter-result.ts: statistics and plan progress are read by panels that load
// when first opened (statistics, zone panel, exports, briefing), not by the first paint.

const statsOnce = memoLast((data: EntityData, result: FilterResult) =>
  computeStats(data.index, result),
);
const progressOnce = memoLast((data: EntityData, result: FilterResult) =>
  computePlanProgress(data.index, result),
);

/**
 * The statistics of a result, computed at most once per result: for readers that need them only
 * on demand (an export click), so a filter change or an in-view pan does not count them.
 */
export function statsOf(data: EntityData, result: FilterResult): Stats {
  return statsOnce(data, result);
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
