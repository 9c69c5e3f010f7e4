import {
  CATEGORIES,
  type Enterprise,
  INDUSTRIES,
  LOCATION_ACCURACIES,
  type LocationAccuracy,
  ORG_KINDS,
  PROJECT_STATUSES,
  PROJECT_TYPES,
  type Project,
  type SkippedRecord,
} from '../domain/entity';
import type { Provenance } from '../domain/provenance';
import { ZONE_IDS } from '../domain/zone';
import { EntityDatasetError } from './entity-dataset-error';
import { parseProvenance } from './parse-provenance';
import {
  enumList,
  enumValue,
  notes,
  nullableEnum,
  nullableNumber,
  nullableString,
  type Props,
  requiredBoolean,
  requiredString,
  SkipError,
  stringList,
} from './record-fields';
import { MAX_FILE_SITE_VERTICES, readPoint, readSite, type SiteBudget } from './record-geometry';

type Dataset = SkippedRecord['dataset'];

/** What loads from one dataset file: the good records, the skipped ones and why, the source. */
export interface ParsedEntities<T> {
  records: T[];
  skipped: SkippedRecord[];
  provenance: Provenance | null;
}

const YEAR = { min: 1800, max: 2100, integer: true } as const;
const TOWN_CODE = /^500107\d{3}$/;

/**
 * Parses data/geojson/enterprises.geojson (Point features, WGS-84 [lng, lat]). Throws a
 * EntityDatasetError when the input is not a FeatureCollection; skips bad records with a reason.
 */
export function parseEnterprises(json: unknown): ParsedEntities<Enterprise> {
  return parseCollection(json, 'enterprises', enterpriseOf);
}

const enterpriseOf: ParseFeature<Enterprise> = (geometry, p, id) => ({
  kind: 'enterprise',
  id,
  coordinates: readPoint(geometry),
  // Files without `kind` (older or imported ones) hold firms.
  org_kind: nullableEnum(p, 'kind', ORG_KINDS, 'bad-property') ?? 'enterprise',
  name_zh: requiredString(p, 'name_zh'),
  name_en: nullableString(p, 'name_en'),
  industry: enumValue(p, 'industry', INDUSTRIES, 'unknown-industry'),
  categories: enumList(p, 'categories', CATEGORIES, 'unknown-category'),
  founded: nullableNumber(p, 'founded', YEAR),
  employees: nullableNumber(p, 'employees', { min: 0, max: 1e7, integer: true }),
  address: nullableString(p, 'address'),
  town_code: townCode(p),
  declared_zone: nullableEnum(p, 'declared_zone', ZONE_IDS, 'unknown-zone'),
  accuracy: accuracy(p),
  synthetic: requiredBoolean(p, 'synthetic'),
  source: requiredString(p, 'source'),
  ...notes(p),
});

/**
 * Parses data/geojson/projects.geojson: Point features, or Polygon/MultiPolygon sites with a
 * representative point in properties.anchor. Same error and skip rules as parseEnterprises.
 */
export function parseProjects(json: unknown): ParsedEntities<Project> {
  // One allowance per file: sites past it are skipped, the earlier ones kept.
  const budget: SiteBudget = { vertices: MAX_FILE_SITE_VERTICES };
  return parseCollection(json, 'projects', (geometry, p, id) => {
    const { coordinates, site } = readSite(geometry, p, budget);
    const start_year = nullableNumber(p, 'start_year', YEAR);
    const end_year = nullableNumber(p, 'end_year', YEAR);
    if (start_year !== null && end_year !== null && end_year < start_year) {
      throw new SkipError(
        'bad-property',
        `end_year ${end_year} is before start_year ${start_year}`,
      );
    }
    return {
      kind: 'project',
      id,
      coordinates,
      site,
      name_zh: requiredString(p, 'name_zh'),
      name_en: nullableString(p, 'name_en'),
      type: enumValue(p, 'type', PROJECT_TYPES, 'unknown-type'),
      status: enumValue(p, 'status', PROJECT_STATUSES, 'unknown-status'),
      investment_yi: nullableNumber(p, 'investment_yi', { min: 0, max: 1e5, integer: false }),
      start_year,
      end_year,
      lead_enterprise: nullableString(p, 'lead_enterprise'),
      participants: stringList(p, 'participants'),
      declared_zone: nullableEnum(p, 'declared_zone', ZONE_IDS, 'unknown-zone'),
      accuracy: accuracy(p),
      synthetic: requiredBoolean(p, 'synthetic'),
      source: requiredString(p, 'source'),
      ...notes(p),
    };
  });
}

function townCode(p: Props): string | null {
  const code = nullableString(p, 'town_code');
  if (code !== null && !TOWN_CODE.test(code)) {
    throw new SkipError('bad-property', `town_code "${code}" is not a 九龙坡区 code 500107xxx`);
  }
  return code;
}

// A record that does not say how accurate its point is gets the least claim.
function accuracy(p: Props): LocationAccuracy {
  return nullableEnum(p, 'accuracy', LOCATION_ACCURACIES, 'bad-property') ?? 'approximate';
}

type ParseFeature<T> = (geometry: unknown, props: Props, id: string) => T;

/** Ids already loaded and records skipped so far: shared by the slices of one dataset. */
export interface ParseState {
  seen: Set<string>;
  skipped: SkippedRecord[];
}

export const newParseState = (): ParseState => ({ seen: new Set(), skipped: [] });

function parseCollection<T extends { id: string }>(
  json: unknown,
  dataset: Dataset,
  parseFeature: ParseFeature<T>,
): ParsedEntities<T> {
  const { features, provenance } = collectionOf(json, dataset);
  const state = newParseState();
  const records = parseSlice(features, 0, dataset, parseFeature, state);
  return { records, skipped: state.skipped, provenance };
}

/**
 * Parses `features` as records of `dataset`; `first` is the number of features before them
 * (a streamed load reads a dataset in slices), so a skipped record keeps its place in the file.
 */
function parseSlice<T extends { id: string }>(
  features: readonly unknown[],
  first: number,
  dataset: Dataset,
  parseFeature: ParseFeature<T>,
  state: ParseState,
): T[] {
  const records: T[] = [];
  const { seen, skipped } = state;
  features.forEach((feature, i) => {
    const index = first + i;
    let id: string | null = null;
    try {
      const f = featureOf(feature);
      id = idOf(f);
      // Only ids already loaded count: a corrected copy after a broken record still loads.
      if (seen.has(id))
        throw new SkipError('duplicate-id', `id "${id}" is used by an earlier record`);
      records.push(parseFeature(f.geometry, f.properties, id));
      seen.add(id);
    } catch (error) {
      // Whatever one record does (deep nesting, getters, wrong types deep inside), only that
      // record is lost: the file and the other records still load.
      if (error instanceof SkipError) {
        skipped.push({ dataset, index, id, reason: error.reason, detail: error.message });
      } else {
        const detail = String(error instanceof Error ? error.message : error).slice(0, 200);
        skipped.push({ dataset, index, id, reason: 'unreadable-record', detail });
      }
    }
  });
  return records;
}

/** A slice of an enterprise file's features, parsed as parseEnterprises does. */
export function parseEnterpriseSlice(
  features: readonly unknown[],
  first: number,
  state: ParseState,
): Enterprise[] {
  return parseSlice(features, first, 'enterprises', enterpriseOf, state);
}

/** The features and provenance of a FeatureCollection; throws when it is not one. */
export function collectionOf(json: unknown, dataset: Dataset) {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new EntityDatasetError('not-an-object', dataset, 'the file is not a JSON object');
  }
  const c = json as Record<string, unknown>;
  if (c.type !== 'FeatureCollection') {
    throw new EntityDatasetError(
      'not-a-feature-collection',
      dataset,
      `type is ${String(c.type)}, not FeatureCollection`,
    );
  }
  if (!Array.isArray(c.features)) {
    throw new EntityDatasetError('features-not-an-array', dataset, 'features is not a list');
  }
  return { features: c.features as unknown[], provenance: parseProvenance(c.provenance, dataset) };
}

function featureOf(value: unknown): { id: unknown; geometry: unknown; properties: Props } {
  const f = value as Record<string, unknown> | null;
  if (typeof f !== 'object' || f === null || f.type !== 'Feature') {
    throw new SkipError('bad-geometry', 'not a GeoJSON Feature');
  }
  const props = f.properties;
  if (typeof props !== 'object' || props === null || Array.isArray(props)) {
    throw new SkipError('missing-id', 'the feature has no properties object');
  }
  return { id: f.id, geometry: f.geometry, properties: props as Props };
}

// The id lives in properties.id (our files); the GeoJSON Feature id is accepted as a fallback.
function idOf(f: { id: unknown; properties: Props }): string {
  const id = f.properties.id ?? f.id;
  if (typeof id !== 'string' || id.trim() === '') {
    throw new SkipError(
      'missing-id',
      `id must be a non-empty string, got ${JSON.stringify(id) ?? 'nothing'}`,
    );
  }
  return id;
}
