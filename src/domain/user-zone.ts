import type { MultiPolygon } from 'geojson';

/**
 * Zones a user adds from an imported polygon file. They live beside the plan's four zones
 * (ZoneId, zone masks, plan targets) rather than in them: the plan's targets and the link
 * masks concern the plan's zones only, while a user zone is counted on the fly.
 */
export type UserZoneId = `user:${string}`;

export const userZoneId = (layerId: string): UserZoneId => `user:${layerId}`;

export function isUserZoneId(value: unknown): value is UserZoneId {
  return typeof value === 'string' && value.startsWith('user:') && value.length > 5;
}

export interface UserZone {
  id: UserZoneId;
  /** The user layer whose polygons it is (its provenance: file, CRS, date). */
  layerId: string;
  name_zh: string;
  name_en: string;
  /** WGS-84, every polygon of the layer. */
  geometry: MultiPolygon;
  /** Geodesic area, computed from the geometry. */
  area_km2: number;
  fileName: string;
  colour: string;
}
