import { useEffect } from 'react';
import { displayCrsOf, tiandituKey, useBasemapStore } from '../state/basemap-store';
import { useAppStore } from '../state/store';
import type { JlpMap } from './jlp-map';

/** Keeps the map's basemap, display CRS and zone opacity in step with the basemap store. */
export function useBasemapSync(map: JlpMap | null): void {
  const id = useBasemapStore((s) => s.basemap);
  const custom = useBasemapStore((s) => s.custom);
  const key = useBasemapStore(tiandituKey);
  const crs = useBasemapStore(displayCrsOf);
  const opacity = useBasemapStore((s) => s.zoneOpacity);
  const lang = useAppStore((s) => s.lang);
  useEffect(() => {
    if (!map) return;
    map.setBasemap({ id, lang, tiandituKey: key, custom }, (reason) =>
      useBasemapStore.getState().fail(id, reason),
    );
  }, [map, id, lang, key, custom]);
  useEffect(() => map?.setDisplayCrs(crs), [map, crs]);
  useEffect(() => map?.setZoneOpacity(opacity), [map, opacity]);
}
