import type { Feature, LineString, MultiLineString, MultiPolygon, Polygon } from 'geojson';

/**
 * The neighbourhood of 九龙坡区, WGS-84 [west, south, east, north] degrees: every coordinate of
 * the district, context and zone datasets lies in it (context outlines are clipped to it).
 */
export const NEIGHBOURHOOD_BBOX = [105.9, 29.0, 106.9, 29.9] as const;

/**
 * Properties of an administrative district: 九龙坡区 in data/geojson/district.geojson and its
 * neighbours (role "district") in data/geojson/context.geojson.
 */
export interface DistrictProperties {
  /** 6-digit administrative division code, e.g. "500107"; a string, as codes are identifiers. */
  adcode: string;
  role: 'district';
  name_zh: string;
  name_en: string;
  /**
   * Geodesic area in km² of the whole district, computed by scripts/build-district.ts (also
   * where the context layer clips the outline to NEIGHBOURHOOD_BBOX).
   */
  area_km2: number;
  /** Real (if generalised) administrative data, not our drawing. */
  schematic: false;
}

/** Properties of the river line (role "river") in data/geojson/context.geojson. */
export interface RiverProperties {
  role: 'river';
  name_zh: string;
  name_en: string;
  /** Drawn along the administrative boundary, not surveyed: always schematic. */
  schematic: true;
  /** Geodesic length in km of the part drawn. */
  length_km: number;
  note_zh: string;
  note_en: string;
}

export type DistrictFeature = Feature<Polygon | MultiPolygon, DistrictProperties>;
export type RiverFeature = Feature<LineString | MultiLineString, RiverProperties>;
export type ContextFeature = DistrictFeature | RiverFeature;
