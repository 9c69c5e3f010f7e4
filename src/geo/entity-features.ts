import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import type { Project } from '../domain/entity';
import type { EntityIndex } from './entity-index';

/** Properties the map needs per point: the record's index (`i`) and its colour class (`c`). */
export interface MapPointProps {
  i: number;
  c: number;
}

/**
 * The matching records as map points, [lng, lat]. Properties are kept to two numbers so 100,000
 * points stay cheap to hand to the map; names are looked up by index when needed.
 */
function points(
  lng: Float64Array,
  lat: Float64Array,
  classes: Uint8Array,
  indices: Uint32Array,
): FeatureCollection<Point, MapPointProps> {
  const features: Feature<Point, MapPointProps>[] = new Array(indices.length);
  for (let k = 0; k < indices.length; k++) {
    const i = indices[k] as number;
    features[k] = {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [lng[i] as number, lat[i] as number] },
      properties: { i, c: classes[i] as number },
    };
  }
  return { type: 'FeatureCollection', features };
}

/** Enterprises coloured by industry (c = index into INDUSTRIES). */
export function enterprisePoints(index: EntityIndex, indices: Uint32Array) {
  const e = index.enterprises;
  return points(e.lng, e.lat, e.industry, indices);
}

/** Projects coloured by status (c = index into PROJECT_STATUSES), at their representative point. */
export function projectPoints(index: EntityIndex, indices: Uint32Array) {
  const p = index.projects;
  return points(p.lng, p.lat, p.status, indices);
}

/** The site polygons of the matching projects that have one. */
export function projectSites(
  projects: readonly Project[],
  index: EntityIndex,
  indices: Uint32Array,
): FeatureCollection<Polygon | MultiPolygon, MapPointProps> {
  const features: Feature<Polygon | MultiPolygon, MapPointProps>[] = [];
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
