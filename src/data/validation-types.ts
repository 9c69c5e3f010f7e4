import type { Feature, GeoJsonGeometryTypes } from 'geojson';
import type { ProvenancedCollection } from '../domain/provenance';

/** What can be wrong with a dataset; formatValidationError turns a code into zh or en text. */
export type ValidationErrorCode =
  | 'not-object'
  | 'not-feature-collection'
  | 'invalid-geojson'
  | 'empty-collection'
  | 'missing-provenance'
  | 'bad-provenance'
  | 'missing-id'
  | 'duplicate-id'
  | 'missing-geometry'
  | 'unexpected-geometry'
  | 'ring-not-closed'
  | 'ring-too-short'
  | 'outer-ring-clockwise'
  | 'hole-counter-clockwise'
  | 'coordinate-not-wgs84'
  | 'coordinate-out-of-area'
  | 'missing-property'
  | 'bad-property-type'
  | 'bad-property-value'
  | 'missing-feature'
  | 'duplicate-feature';

export type ErrorParams = Readonly<Record<string, string | number>>;

export interface ValidationError {
  code: ValidationErrorCode;
  /** 0-based index in `features`, or null for a problem of the whole collection. */
  feature: number | null;
  featureId: string | null;
  /** name_zh (else name_en, else the id) of the feature, when it has one. */
  featureName: string | null;
  params: ErrorParams;
}

export type ValidationResult<F extends Feature> =
  | { ok: true; collection: ProvenancedCollection<F> }
  | { ok: false; errors: ValidationError[] };

export type PropertySpec =
  | { type: 'string' }
  | { type: 'string[]' }
  | { type: 'boolean' }
  | { type: 'number'; exclusiveMin?: number }
  | { type: 'enum'; values: readonly (string | number | boolean)[] };

/** What a feature of one role (its `role` property) must look like. */
export interface RoleSchema {
  geometry: readonly GeoJsonGeometryTypes[];
  properties: Readonly<Record<string, PropertySpec>>;
}

/** A value that exactly one feature of `role` must have in `property`, for each of `values`. */
export interface RequiredValues {
  role: string;
  property: string;
  values: readonly string[];
}

/**
 * How one dataset is validated. `F` is the feature type a valid collection is returned as; it
 * is carried by the optional `_feature` witness, never set at run time.
 */
export interface DatasetSchema<F extends Feature> {
  name: string;
  /** Features are told apart by their `role` property; each role has its own shape. */
  roles: Readonly<Record<string, RoleSchema>>;
  requireIds: boolean;
  minFeatures: number;
  requiredValues: readonly RequiredValues[];
  readonly _feature?: F;
}
