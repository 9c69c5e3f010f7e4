import { useEffect } from 'react';
import { entityRecord } from '../data/entity-name';
import { useEntityData } from '../data/use-entities';
import { useFilterResult } from '../data/use-filter-result';
import { columnsForDisplay } from '../geo/display-shift';
import { projectSites } from '../geo/entity-features';
import { displayCrsOf, useBasemapStore } from '../state/basemap-store';
import { useAppStore } from '../state/store';
import type { JlpMap } from './jlp-map';
import { pointsBlobUrl } from './points-blob';

type PointArgs = Parameters<typeof pointsBlobUrl>;

/**
 * Builds the points as a Blob URL off the critical path and gives it to the map; a newer filter
 * result aborts an older build. The URL is revoked once the map has moved on from it.
 */
function handOver(
  map: JlpMap,
  kind: 'enterprises' | 'projects',
  args: () => [PointArgs[0], PointArgs[1], PointArgs[2]],
) {
  const abort = new AbortController();
  let url: string | null = null;
  void pointsBlobUrl(...args(), abort.signal).then((u) => {
    url = u;
    if (u && !abort.signal.aborted) map.setEntityData(kind, u);
  });
  return () => {
    abort.abort();
    // The map's worker fetches the URL when it gets it; give it time before revoking.
    if (url) setTimeout(URL.revokeObjectURL, 30_000, url);
  };
}

/** Keeps the map's enterprise and project layers in step with the filter result and selection. */
export function useEntitySync(map: JlpMap | null): void {
  const data = useEntityData();
  const result = useFilterResult();
  const entityVisible = useAppStore((s) => s.entityVisible);
  const selected = useAppStore((s) => s.selectedEntity);
  const hovered = useAppStore((s) => s.hoveredEntity);
  const flySeq = useAppStore((s) => s.flySeq);
  const matchedEnterprises = result?.enterprises.indices;
  const matchedProjects = result?.projects.indices;
  // Points are moved for a GCJ-02 basemap here, where they are handed to the map; counts and
  // exports read the untouched WGS-84 columns.
  const crs = useBasemapStore(displayCrsOf);
  useEffect(() => {
    if (!map || !data || !matchedEnterprises) return;
    return handOver(map, 'enterprises', () => {
      const e = data.index.enterprises;
      return [columnsForDisplay(e, matchedEnterprises, crs), e.industry, matchedEnterprises];
    });
  }, [map, data, matchedEnterprises, crs]);
  useEffect(() => {
    if (!map || !data || !matchedProjects) return;
    map.setEntityData('sites', projectSites(data.projects, data.index, matchedProjects));
    return handOver(map, 'projects', () => {
      const p = data.index.projects;
      return [columnsForDisplay(p, matchedProjects, crs), p.status, matchedProjects];
    });
  }, [map, data, matchedProjects, crs]);
  useEffect(() => {
    map?.setEntityVisible('enterprises', entityVisible.enterprises);
    map?.setEntityVisible('projects', entityVisible.projects);
  }, [map, entityVisible]);
  useEffect(() => map?.setSelectedEntity(selected), [map, selected]);
  useEffect(() => map?.setHoveredEntity(hovered), [map, hovered]);
  // flySeq is the trigger: a list click or a search result asks to fly even to the same record.
  useEffect(() => {
    const ref = useAppStore.getState().selectedEntity;
    const record = data && ref ? entityRecord(data, ref) : undefined;
    if (map && record && flySeq > 0) map.flyToPoint(record.coordinates);
  }, [map, flySeq, data]);
}
