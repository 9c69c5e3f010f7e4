import { type UserZone, userZoneId } from '../../domain/user-zone';
import { areaKm2, roundTo } from '../../geo/area';
import { pointsInArea } from '../../geo/points-in-area';
import type { EntityData } from '../entities';
import type { UserLayer } from './user-layer';
import { layerPolygons } from './zone-overrides';

/** The zones users added from polygon layers (layer order), each with its file as source. */
export function userZonesOf(layers: readonly UserLayer[]): UserZone[] {
  const zones: UserZone[] = [];
  for (const layer of layers) {
    if (layer.use.kind !== 'newZone') continue;
    const geometry = layerPolygons(layer);
    if (!geometry) continue;
    zones.push({
      id: userZoneId(layer.id),
      layerId: layer.id,
      name_zh: layer.use.name_zh,
      name_en: layer.use.name_en,
      geometry,
      area_km2: roundTo(areaKm2(geometry), 2),
      fileName: layer.fileName,
      colour: layer.colour,
    });
  }
  return zones;
}

export interface UserZoneMembers {
  /** Indices of the filtered enterprises / projects inside the zone, ascending. */
  enterprises: Uint32Array;
  projects: Uint32Array;
  /** Known investment of those projects, 亿元. */
  investmentYi: number;
}

/** The filtered records inside a user zone (same filter as every other count in the app). */
export function membersOf(
  zone: UserZone,
  data: EntityData,
  matched: { enterprises: Uint32Array; projects: Uint32Array },
): UserZoneMembers {
  const e = data.index.enterprises;
  const p = data.index.projects;
  const enterprises = pointsInArea(zone.geometry, e.lng, e.lat, matched.enterprises);
  const projects = pointsInArea(zone.geometry, p.lng, p.lat, matched.projects);
  let investmentYi = 0;
  for (const i of projects) {
    const v = p.investment[i] as number;
    if (Number.isFinite(v)) investmentYi += v;
  }
  return { enterprises, projects, investmentYi };
}
