import { useEffect, useMemo } from 'react';
import { entityRecord } from '../data/entity-name';
import { useEntityData } from '../data/use-entities';
import { useFilterResult } from '../data/use-filter-result';
import { enterprisePoints, projectPoints, projectSites } from '../geo/entity-features';
import { useAppStore } from '../state/store';
import type { JlpMap } from './jlp-map';

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
  const enterprises = useMemo(
    () => (data && matchedEnterprises ? enterprisePoints(data.index, matchedEnterprises) : null),
    [data, matchedEnterprises],
  );
  const projects = useMemo(
    () => (data && matchedProjects ? projectPoints(data.index, matchedProjects) : null),
    [data, matchedProjects],
  );
  const sites = useMemo(
    () =>
      data && matchedProjects ? projectSites(data.projects, data.index, matchedProjects) : null,
    [data, matchedProjects],
  );
  useEffect(() => {
    if (map && enterprises) map.setEntityData('enterprises', enterprises);
  }, [map, enterprises]);
  useEffect(() => {
    if (map && projects && sites) {
      map.setEntityData('projects', projects);
      map.setEntityData('sites', sites);
    }
  }, [map, projects, sites]);
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
