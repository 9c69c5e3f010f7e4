import type { Feature } from 'geojson';
import type { ContextFeature, DistrictFeature } from '../domain/district';
import { ZONE_IDS, type ZoneAxisFeature, type ZoneFeature } from '../domain/zone';
import type { DatasetSchema, PropertySpec, RoleSchema } from './validation-types';

const STRING: PropertySpec = { type: 'string' };
const STRINGS: PropertySpec = { type: 'string[]' };
const BOOLEAN: PropertySpec = { type: 'boolean' };
const POSITIVE: PropertySpec = { type: 'number', exclusiveMin: 0 };
const only = (value: string | boolean): PropertySpec => ({ type: 'enum', values: [value] });

const AREAS = ['Polygon', 'MultiPolygon'] as const;

const DISTRICT_ROLE: RoleSchema = {
  geometry: AREAS,
  properties: {
    adcode: STRING,
    role: only('district'),
    name_zh: STRING,
    name_en: STRING,
    area_km2: POSITIVE,
    schematic: only(false),
  },
};

const RIVER_ROLE: RoleSchema = {
  geometry: ['LineString', 'MultiLineString'],
  properties: {
    role: only('river'),
    name_zh: STRING,
    name_en: STRING,
    schematic: only(true),
    length_km: POSITIVE,
    note_zh: STRING,
    note_en: STRING,
  },
};

const ZONE_ROLE: RoleSchema = {
  geometry: AREAS,
  properties: {
    zone_id: { type: 'enum', values: ZONE_IDS },
    role: only('zone'),
    name_zh: STRING,
    name_en: STRING,
    kind: { type: 'enum', values: ['park', 'belt'] },
    theme_zh: STRING,
    theme_en: STRING,
    industries_zh: STRINGS,
    industries_en: STRINGS,
    platforms_zh: STRINGS,
    platforms_en: STRINGS,
    description_zh: STRING,
    description_en: STRING,
    area_km2: POSITIVE,
    schematic: BOOLEAN,
    confidence: { type: 'enum', values: ['high', 'medium', 'low'] },
    basis_zh: STRING,
    basis_en: STRING,
  },
};

const AXIS_ROLE: RoleSchema = {
  geometry: ['LineString'],
  properties: {
    zone_id: { type: 'enum', values: ZONE_IDS },
    role: only('axis'),
    name_zh: STRING,
    name_en: STRING,
    schematic: only(true),
    length_km: POSITIVE,
  },
};

/** data/geojson/district.geojson: 九龙坡区's outline. */
export const DISTRICT_SCHEMA: DatasetSchema<DistrictFeature> = {
  name: 'district',
  roles: { district: DISTRICT_ROLE },
  requireIds: true,
  minFeatures: 1,
  requiredValues: [{ role: 'district', property: 'adcode', values: ['500107'] }],
};

/** data/geojson/context.geojson: neighbouring districts and the Yangtze. */
export const CONTEXT_SCHEMA: DatasetSchema<ContextFeature> = {
  name: 'context',
  roles: { district: DISTRICT_ROLE, river: RIVER_ROLE },
  requireIds: true,
  minFeatures: 1,
  requiredValues: [],
};

/** data/geojson/zones.geojson: one area per zone of 两园两带, plus the belts' axes. */
export const ZONES_SCHEMA: DatasetSchema<ZoneFeature | ZoneAxisFeature> = {
  name: 'zones',
  roles: { zone: ZONE_ROLE, axis: AXIS_ROLE },
  requireIds: true,
  minFeatures: ZONE_IDS.length,
  requiredValues: [{ role: 'zone', property: 'zone_id', values: ZONE_IDS }],
};

/**
 * The schema of each file under data/geojson validated by validateFeatureCollection. Datasets
 * with their own validator (enterprises, projects) are not listed; add an entry to extend.
 */
export const GEOJSON_SCHEMAS: Readonly<Record<string, DatasetSchema<Feature>>> = {
  'district.geojson': DISTRICT_SCHEMA,
  'context.geojson': CONTEXT_SCHEMA,
  'zones.geojson': ZONES_SCHEMA,
};
