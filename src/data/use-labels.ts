import type { FeatureCollection } from 'geojson';
import { useEffect, useMemo, useState } from 'react';
import { useContextQuery, useDistrictQuery, useZonesQuery } from './use-datasets';

const EMPTY = { type: 'FeatureCollection' as const, features: [] };

type LabelModule = typeof import('../geo/build-labels');
// Label placement (and the turf code behind it) is fetched in parallel with the datasets
// instead of riding in the first-paint bundle; kept once loaded.
let loaded: LabelModule | null = null;

/**
 * Map label anchors, derived once from the loaded datasets (whichever have loaded); null until
 * the placement code has arrived, so the map is not called settled without its labels.
 */
export function useLabels(): FeatureCollection | null {
  const district = useDistrictQuery().data;
  const context = useContextQuery().data;
  const zones = useZonesQuery().data;
  const [mod, setMod] = useState<LabelModule | 'failed' | null>(loaded);
  useEffect(() => {
    if (mod) return;
    import('../geo/build-labels').then(
      (m) => {
        loaded = m;
        setMod(m);
      },
      // Without the chunk the map goes without labels rather than never settling.
      () => setMod('failed'),
    );
  }, [mod]);
  return useMemo(() => {
    if (mod === null) return null;
    if (mod === 'failed') return EMPTY;
    return mod.buildLabels(
      district?.collection ?? EMPTY,
      context?.collection ?? EMPTY,
      zones?.collection ?? EMPTY,
    );
  }, [mod, district, context, zones]);
}
