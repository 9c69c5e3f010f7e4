import { useEffect } from 'react';
import { encodeBasemap } from '../domain/basemap';
import { useBasemapStore } from './basemap-store';
import { formatHash, parseHash } from './url-hash';

function writeBasemap(): void {
  const s = useBasemapStore.getState();
  const current = parseHash(window.location.hash);
  const wanted = encodeBasemap(s.basemap, s.custom);
  // Leave the link alone (and its other parameters' spelling) when the basemap part matches.
  if ([...wanted].every(([k, v]) => (current.rest.get(k) ?? '') === v)) return;
  const rest = new Map(current.rest);
  for (const [k, v] of wanted) rest.set(k, v);
  const next = formatHash({ view: current.view, zone: current.zone, rest });
  if (next !== window.location.hash) {
    const { pathname, search } = window.location;
    window.history.replaceState(window.history.state, '', `${pathname}${search}${next}`);
  }
}

/** Carries the basemap in the shared link (`bm=`; `bmu`/`bmc` for a custom source). */
export function useBasemapUrl(): void {
  useEffect(() => {
    writeBasemap();
    return useBasemapStore.subscribe((s, prev) => {
      if (s.basemap !== prev.basemap || s.custom !== prev.custom) writeBasemap();
    });
  }, []);
}
