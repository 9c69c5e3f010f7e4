import type { MultiPolygon } from 'geojson';

/**
 * Zones a user adds from an imported polygon file. They live beside the plan's four zones
 * (ZoneId, zone masks, plan targets) rather than in them: plan targets, declared zones and
 * link status concern the plan's zones only. Records are linked to a user zone once, when it
 * is added (geo/user-zone-link.ts), and it filters, counts and shares like a plan zone.
 */
export type UserZoneId = `user:${string}`;

export const userZoneId = (layerId: string): UserZoneId => `user:${layerId}`;

export function isUserZoneId(value: unknown): value is UserZoneId {
  return typeof value === 'string' && value.startsWith('user:') && value.length > 5;
}

/** Layer ids as the importer makes them (`l` + base-36); links accept nothing else. */
const LAYER_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** The zone's stable code in shared links: `u:<layer-id>`. */
export const userZoneLinkCode = (id: UserZoneId): string => `u:${id.slice(5)}`;

/** A link code back to its zone id; null when it is not a well-formed `u:<layer-id>`. */
export function userZoneOfLinkCode(code: string): UserZoneId | null {
  if (!code.startsWith('u:')) return null;
  const layerId = code.slice(2);
  return LAYER_ID.test(layerId) ? userZoneId(layerId) : null;
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
