import { useMemo } from 'react';
import { buildLabels } from '../geo/build-labels';
import { useContextQuery, useDistrictQuery, useZonesQuery } from './use-datasets';

const EMPTY = { type: 'FeatureCollection' as const, features: [] };

/** Map label anchors, derived once from the loaded datasets (whichever have loaded). */
export function useLabels() {
  const district = useDistrictQuery().data;
  const context = useContextQuery().data;
  const zones = useZonesQuery().data;
  return useMemo(
    () =>
      buildLabels(
        district?.collection ?? EMPTY,
        context?.collection ?? EMPTY,
        zones?.collection ?? EMPTY,
      ),
    [district, context, zones],
  );
}
