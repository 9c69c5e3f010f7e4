import type { Feature, Geometry } from 'geojson';
import type { ProvenancedCollection } from '../domain/provenance';
import {
  checkCoordinates,
  checkGeoJson,
  checkRings,
  type FeatureProblem,
} from './validate-geometry';
import { checkProperties, checkProvenance, isRecord } from './validate-properties';
import type { DatasetSchema, ValidationError, ValidationResult } from './validation-types';

interface Tagged {
  index: number;
  id: string | null;
  name: string | null;
}

function tagOf(feature: unknown, index: number): Tagged {
  const f = isRecord(feature) ? feature : {};
  const props = isRecord(f.properties) ? f.properties : {};
  const id = typeof f.id === 'string' || typeof f.id === 'number' ? String(f.id) : null;
  const named = [props.name_zh, props.name_en].find((v) => typeof v === 'string');
  return { index, id, name: typeof named === 'string' ? named : id };
}

function toError(problem: FeatureProblem, tag: Tagged | null): ValidationError {
  return {
    code: problem.code,
    feature: tag?.index ?? null,
    featureId: tag?.id ?? null,
    featureName: tag?.name ?? null,
    params: problem.params,
  };
}

/** Everything wrong with one feature: GeoJSON structure, role, geometry, properties. */
function featureProblems(feature: unknown, schema: DatasetSchema<Feature>): FeatureProblem[] {
  const structural = checkGeoJson(feature);
  if (structural.some((p) => p.code === 'invalid-geojson') || !isRecord(feature)) return structural;
  const problems = [...structural];
  if (schema.requireIds && feature.id === undefined)
    problems.push({ code: 'missing-id', params: {} });
  const props = isRecord(feature.properties) ? feature.properties : {};
  const role = typeof props.role === 'string' ? schema.roles[props.role] : undefined;
  if (role === undefined) {
    const expected = Object.keys(schema.roles).join(' | ');
    const code = 'role' in props ? 'bad-property-value' : 'missing-property';
    problems.push({ code, params: { property: 'role', expected } });
  } else problems.push(...checkProperties(props, role));
  // geojson-validation accepted the feature, so its geometry is a Geometry or null.
  const geometry = feature.geometry as Geometry | null;
  if (geometry === null) return [...problems, { code: 'missing-geometry', params: {} }];
  if (role !== undefined && !role.geometry.includes(geometry.type)) {
    const params = { type: geometry.type, expected: role.geometry.join(' | ') };
    problems.push({ code: 'unexpected-geometry', params });
  }
  return [...problems, ...checkRings(geometry), ...checkCoordinates(geometry)];
}

/** Ids are unique, and each required value appears in exactly one feature of its role. */
function collectionProblems(
  features: unknown[],
  schema: DatasetSchema<Feature>,
): ValidationError[] {
  const errors: ValidationError[] = [];
  const seen = new Set<string>();
  features.forEach((f, i) => {
    const tag = tagOf(f, i);
    if (tag.id !== null && seen.has(tag.id))
      errors.push(toError({ code: 'duplicate-id', params: { id: tag.id } }, tag));
    if (tag.id !== null) seen.add(tag.id);
  });
  for (const { role, property, values } of schema.requiredValues) {
    const found = features.map((f) => {
      const props = isRecord(f) && isRecord(f.properties) ? f.properties : {};
      return props.role === role ? props[property] : undefined;
    });
    for (const value of values) {
      const count = found.filter((v) => v === value).length;
      const params = { role, property, value };
      if (count === 0) errors.push(toError({ code: 'missing-feature', params }, null));
      if (count > 1) errors.push(toError({ code: 'duplicate-feature', params }, null));
    }
  }
  return errors;
}

/**
 * Validates parsed JSON as one of our datasets (see dataset-schemas.ts): RFC 7946 validity,
 * closed and RFC-wound rings, WGS-84 coordinates near 九龙坡区, the role's properties, unique
 * ids and a `provenance` member. Returns the typed collection, or every problem found as codes
 * with parameters (formatValidationError renders them in Chinese or English).
 */
export function validateFeatureCollection<F extends Feature>(
  json: unknown,
  schema: DatasetSchema<F>,
): ValidationResult<F> {
  const fail = (code: FeatureProblem['code'], params = {}): ValidationResult<F> => ({
    ok: false,
    errors: [toError({ code, params }, null)],
  });
  if (!isRecord(json)) return fail('not-object');
  if (json.type !== 'FeatureCollection')
    return fail('not-feature-collection', { type: String(json.type) });
  if (!Array.isArray(json.features))
    return fail('invalid-geojson', { detail: '"features" must be an array' });
  const features: unknown[] = json.features;
  const errors = checkProvenance(json.provenance).map((p) => toError(p, null));
  if (features.length < schema.minFeatures) {
    errors.push(toError({ code: 'empty-collection', params: { min: schema.minFeatures } }, null));
  }
  features.forEach((f, i) => {
    for (const p of featureProblems(f, schema)) errors.push(toError(p, tagOf(f, i)));
  });
  errors.push(...collectionProblems(features, schema));
  if (errors.length > 0) return { ok: false, errors };
  // Every check above passed, so the JSON has the shape F describes.
  return { ok: true, collection: json as unknown as ProvenancedCollection<F> };
}
