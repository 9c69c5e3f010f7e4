/** Why a whole enterprises/projects file was refused; each code has a message in i18n. */
export const ENTITY_DATASET_ERROR_CODES = [
  'not-an-object',
  'not-a-feature-collection',
  'features-not-an-array',
  'unsupported-crs',
] as const;
export type EntityDatasetErrorCode = (typeof ENTITY_DATASET_ERROR_CODES)[number];

/**
 * Thrown when a file is not a GeoJSON FeatureCollection at all, so nothing in it can load.
 * Bad single records never throw: they are skipped with a SkipReason instead.
 */
export class EntityDatasetError extends Error {
  readonly code: EntityDatasetErrorCode;
  readonly dataset: string;

  constructor(code: EntityDatasetErrorCode, dataset: string, message: string) {
    super(`${dataset}: ${message}`);
    this.name = 'EntityDatasetError';
    this.code = code;
    this.dataset = dataset;
  }
}
