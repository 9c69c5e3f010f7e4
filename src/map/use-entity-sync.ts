import { useEffect } from 'react';
import { entityRecord } from '../data/entity-name';
import { useUserZoneLinks } from '../data/import/user-zone-links';
import { useEntityData } from '../data/use-entities';
import { filterReadyNow, mapFilterResultOf, useMapFilterResult } from '../data/use-filter-result';
import { projectSites } from '../geo/entity-features';
import { displayCrsOf, useBasemapStore } from '../state/basemap-store';
import { useAppStore } from '../state/store';
import type { JlpMap } from './jlp-map';
import { useStableMatch } from './use-stable-match';

/**
 * Keeps the map's enterprise and project layers in step with the filter result and selection.
 * The map reads the result without "only what is in view" (that narrows lists and statistics),
 * so a pan never changes what the map is given; the map draws our clusters of it (cluster-feed).
 */
export function useEntitySync(map: JlpMap | null): void {
  const data = useEntityData();
  const result = useMapFilterResult();
  const entityVisible = useAppStore((s) => s.entityVisible);
  const selected = useAppStore((s) => s.selectedEntity);
  const hovered = useAppStore((s) => s.hoveredEntity);
  const flySeq = useAppStore((s) => s.flySeq);
  // A density view replaces the points while it is shown.
  const points = useAppStore((s) => s.densityMode === 'off');
  // Unchanged matches keep their identity, so the effects below re-send only what changed.
  const enterprises = useStableMatch(result?.enterprises);
  const projects = useStableMatch(result?.projects);
  // Points are moved for a GCJ-02 basemap here, where they are handed to the map; counts and
  // exports read the untouched WGS-84 columns.
  const crs = useBasemapStore(displayCrsOf);
  const links = useUserZoneLinks(data);
  // A filter change reaches the map from the store itself, before React renders the sidebar:
  // the map's worker rebuilds its cluster tiles while the lists and statistics re-render
  // (issue 11). The effects below then find the same sources and send nothing again.
  useEffect(() => {
    if (!map || !data) return;
    return useAppStore.subscribe((s, prev) => {
      // A link's filter still decoding, or shapes whose tests are loading: React's effect
      // below draws the result once it exists.
      if (s.filter === prev.filter || !filterReadyNow(s.filter)) return;
      const next = mapFilterResultOf(data, s.filter, links);
      const e = data.index.enterprises;
      const p = data.index.projects;
      map.setEntityClusters('enterprises', {
        columns: e,
        classes: e.industry,
        bits: next.enterprises.bits,
        crs,
      });
      map.setEntityClusters('projects', {
        columns: p,
        classes: p.status,
        bits: next.projects.bits,
        crs,
      });
    });
  }, [map, data, links, crs]);
  useEffect(() => {
    if (!map || !data || !enterprises) return;
    const e = data.index.enterprises;
    map.setEntityClusters('enterprises', {
      columns: e,
      classes: e.industry,
      bits: enterprises.bits,
      crs,
    });
  }, [map, data, enterprises, crs]);
  useEffect(() => {
    if (!map || !data || !projects) return;
    const p = data.index.projects;
    map.setEntityData('sites', projectSites(data.projects, data.index, projects.indices));
    map.setEntityClusters('projects', {
      columns: p,
      classes: p.status,
      bits: projects.bits,
      crs,
    });
  }, [map, data, projects, crs]);
  useEffect(() => {
    map?.setEntityVisible('enterprises', entityVisible.enterprises && points);
    map?.setEntityVisible('projects', entityVisible.projects && points);
  }, [map, entityVisible, points]);
  useEffect(() => map?.setSelectedEntity(selected), [map, selected]);
  useEffect(() => map?.setHoveredEntity(hovered), [map, hovered]);
  // flySeq is the trigger: a list click or a search result asks to fly even to the same record.
  useEffect(() => {
    const ref = useAppStore.getState().selectedEntity;
    const record = data && ref ? entityRecord(data, ref) : undefined;
    if (map && record && flySeq > 0) map.flyToPoint(record.coordinates);
  }, [map, flySeq, data]);
}
