import { useEffect } from 'react';
import type { JlpMap } from './jlp-map';
import { useDensitySync } from './use-density-sync';

/**
 * The density view's sync as a component, so map-view.tsx can load it (and the aggregation
 * code behind it) only while a density view is on; unmounting clears the map's density layers.
 */
export function DensitySync({ map }: { map: JlpMap }) {
  useDensitySync(map);
  useEffect(() => () => map.setDensity(null), [map]);
  return null;
}
