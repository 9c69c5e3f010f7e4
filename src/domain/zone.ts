import type { Feature, LineString, MultiPolygon, Polygon } from 'geojson';
import type { Confidence } from './provenance';

/** The four zones of the plan, in a fixed order: bit i of a zone mask is ZONE_IDS[i]. */
export const ZONE_IDS = [
  'xipeng-park',
  'jiulong-park',
  'yangjiaping-belt',
  'jiulong-peninsula-belt',
] as const;
export type ZoneId = (typeof ZONE_IDS)[number];

export type ZoneKind = 'park' | 'belt';

export function isZoneId(value: unknown): value is ZoneId {
  return typeof value === 'string' && (ZONE_IDS as readonly string[]).includes(value);
}

/** Properties of a zone's area feature (role "zone") in data/geojson/zones.geojson. */
export interface ZoneProperties {
  zone_id: ZoneId;
  role: 'zone';
  name_zh: string;
  name_en: string;
  kind: ZoneKind;
  theme_zh: string;
  theme_en: string;
  industries_zh: string[];
  industries_en: string[];
  platforms_zh: string[];
  platforms_en: string[];
  description_zh: string;
  description_en: string;
  /** Geodesic area in km², computed by scripts/build-zones.ts, never typed in. */
  area_km2: number;
  /** true where the extent is our own drawing (示意范围) rather than an official boundary. */
  schematic: boolean;
  confidence: Confidence;
  basis_zh: string;
  basis_en: string;
}

/** Properties of a belt's axis line (role "axis"). */
export interface ZoneAxisProperties {
  zone_id: ZoneId;
  role: 'axis';
  name_zh: string;
  name_en: string;
  schematic: true;
  length_km: number;
}

export type ZoneFeature = Feature<Polygon | MultiPolygon, ZoneProperties>;
export type ZoneAxisFeature = Feature<LineString, ZoneAxisProperties>;
