import type { Feature, Geometry } from 'geojson';
import type { Provenance } from '../domain/provenance';
import { DatasetError } from './dataset-error';
import { CONTEXT_SCHEMA, DISTRICT_SCHEMA, ZONES_SCHEMA } from './dataset-schemas';
import { validateFeatureCollection } from './validate-geojson';
import type { DatasetSchema } from './validation-types';

export type BaseDatasetName = 'district' | 'context' | 'zones';

const SCHEMAS: Record<BaseDatasetName, DatasetSchema<Feature>> = {
  district: DISTRICT_SCHEMA as DatasetSchema<Feature>,
  context: CONTEXT_SCHEMA as DatasetSchema<Feature>,
  zones: ZONES_SCHEMA as DatasetSchema<Feature>,
};

export interface ValidDataset {
  collection: { type: 'FeatureCollection'; features: Feature<Geometry, Record<string, unknown>>[] };
  provenance: Provenance;
}

/** Validates a fetched dataset; throws a DatasetError listing every problem when it fails. */
export function validateDataset(name: BaseDatasetName, json: unknown): ValidDataset {
  const result = validateFeatureCollection(json, SCHEMAS[name]);
  if (!result.ok) throw new DatasetError('invalid', { problems: result.errors });
  const { provenance, features } = result.collection;
  return {
    collection: {
      type: 'FeatureCollection',
      features: features as Feature<Geometry, Record<string, unknown>>[],
    },
    provenance,
  };
}
