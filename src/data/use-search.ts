import { useEffect, useMemo, useState } from 'react';
import type { SearchIndex, SearchResult } from './search-index';
import { useZoneList } from './use-datasets';
import { useEntityData } from './use-entities';

type SearchModule = typeof import('./search-index');

export type SearchStatus = 'idle' | 'loading' | 'ready' | 'failed';

const EMPTY: SearchResult = { hits: [], total: 0 };

/** The index over the loaded zones, enterprises and projects, rebuilt only when they change. */
function useSearchIndex(mod: SearchModule | null): SearchIndex | null {
  const zones = useZoneList();
  const data = useEntityData();
  return useMemo(() => {
    if (!mod) return null;
    return mod.buildSearchIndex({
      zones: zones.map((z) => z.properties),
      enterprises: data?.enterprises ?? [],
      projects: data?.projects ?? [],
    });
  }, [mod, zones, data]);
}

/**
 * Searches zones, enterprises and projects by name and pinyin. The index module (with
 * pinyin-pro, ~300 kB) is fetched, and the index built, only once `wanted` first turns true
 * (the search box focused), so the map's first load pays for neither.
 */
export function useSearch(
  query: string,
  wanted: boolean,
): { result: SearchResult; status: SearchStatus } {
  const [started, setStarted] = useState(false);
  const [mod, setMod] = useState<SearchModule | null>(null);
  const [failed, setFailed] = useState(false);
  // Sticky: once asked for, the index stays loaded when the box loses focus.
  if (wanted && !started) setStarted(true);
  useEffect(() => {
    if (!started) return;
    let live = true;
    import('./search-index').then(
      (m) => live && setMod(m),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [started]);
  const index = useSearchIndex(mod);
  const result = useMemo(
    () => (mod && index ? mod.searchIndex(index, query) : EMPTY),
    [mod, index, query],
  );
  const status = failed ? 'failed' : index ? 'ready' : started ? 'loading' : 'idle';
  return { result, status };
}
