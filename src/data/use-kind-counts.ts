import { useMemo } from 'react';
import { type OrgKindCounts, orgKindCounts } from '../geo/kind-counts';
import { useAppStore } from '../state/store';
import { useEntityData } from './use-entities';
import { useFilterResult } from './use-filter-result';

/** Per record kind, the enterprises the current filter would match with that kind ticked. */
export function useOrgKindCounts(): OrgKindCounts | null {
  const data = useEntityData();
  const filter = useAppStore((s) => s.filter);
  const result = useFilterResult();
  return useMemo(
    () => (data && result ? orgKindCounts(data.index, filter, result) : null),
    [data, filter, result],
  );
}
