import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { Project } from '../domain/entity';
import type { EntityIndex } from './entity-index';

/** Properties the map needs per feature: the record's index (`i`) and its colour class (`c`). */
export interface MapFeatureProps {
  i: number;
  c: number;
}

/** The site polygons of the matching projects that have one (few: drawn as objects). */
export function projectSites(
  projects: readonly Project[],
  index: EntityIndex,
  indices: Uint32Array,
): FeatureCollection<Polygon | MultiPolygon, MapFeatureProps> {
  const features: Feature<Polygon | MultiPolygon, MapFeatureProps>[] = [];
  for (const i of indices) {
    const site = projects[i]?.site;
    if (site) {
      features.push({
        type: 'Feature',
        geometry: site,
        properties: { i, c: index.projects.status[i] as number },
      });
    }
  }
  return { type: 'FeatureCollection', features };
}
