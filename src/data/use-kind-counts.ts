import { useMemo } from 'react';
import { type OrgKindCounts, orgKindCounts } from '../geo/kind-counts';
import { useEntityData } from './use-entities';
import { useFilterInput, useFilterResult } from './use-filter-result';

/** Per record kind, the enterprises the current filter would match with that kind ticked. */
export function useOrgKindCounts(): OrgKindCounts | null {
  const data = useEntityData();
  const { filter, links } = useFilterInput(data);
  const result = useFilterResult();
  return useMemo(
    () => (data && result ? orgKindCounts(data.index, filter, result, links) : null),
    [data, filter, result, links],
  );
}
