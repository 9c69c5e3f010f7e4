import { type UserZone, userZoneId } from '../../domain/user-zone';
import { areaKm2, roundTo } from '../../geo/area';
import { andInto, bitsetToIndices, popcount } from '../../geo/bitset';
import type { FilterResult } from '../../geo/filter-engine';
import type { UserZoneBits } from '../../geo/user-zone-bits';
import type { EntityData } from '../entities';
import { layerPolygons } from './layer-polygons';
import type { UserLayer } from './user-layer';

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

function within(matched: Uint32Array, own: Uint32Array): Uint32Array {
  const bits = Uint32Array.from(matched);
  andInto(bits, own);
  return bitsetToIndices(bits, popcount(bits));
}

/**
 * The filtered records inside a user zone (same filter as every other count in the app): the
 * filter's bits AND the zone's membership, linked once when the zone was added.
 */
export function membersOf(
  data: EntityData,
  bits: UserZoneBits,
  result: FilterResult,
): UserZoneMembers {
  const p = data.index.projects;
  const enterprises = within(result.enterprises.bits, bits.enterprises);
  const projects = within(result.projects.bits, bits.projects);
  let investmentYi = 0;
  for (const i of projects) {
    const v = p.investment[i] as number;
    if (Number.isFinite(v)) investmentYi += v;
  }
  return { enterprises, projects, investmentYi };
}
