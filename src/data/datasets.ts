import { queryOptions } from '@tanstack/react-query';
import type { FeatureCollection, Geometry } from 'geojson';
import contextUrl from '../../data/geojson/context.geojson?url';
import districtUrl from '../../data/geojson/district.geojson?url';
import zonesUrl from '../../data/geojson/zones.geojson?url';
import type { Provenance } from '../domain/provenance';
import { type BBox, bboxOf } from '../geo/bbox';
import { fetchJson } from './dataset-error';
import type { BaseDatasetName } from './validate-dataset';

export interface LoadedCollection {
  collection: FeatureCollection<Geometry, Record<string, unknown>>;
  provenance: Provenance;
  bbox: BBox | null;
}

/** Where each embedded dataset is served from (hashed asset URLs from the build). */
export const DATASET_URLS: Record<BaseDatasetName, string> = {
  district: districtUrl,
  context: contextUrl,
  zones: zonesUrl,
};

function datasetQueryOptions(name: BaseDatasetName) {
  return queryOptions({
    queryKey: ['dataset', name],
    queryFn: async ({ signal }): Promise<LoadedCollection> => {
      // The validator (geojson-validation, gcoord) loads beside the fetch, not in first paint.
      const [validator, json] = await Promise.all([
        import('./validate-dataset'),
        fetchJson(DATASET_URLS[name], signal),
      ]);
      const { collection, provenance } = validator.validateDataset(name, json);
      return { collection, provenance, bbox: bboxOf(collection.features.map((f) => f.geometry)) };
    },
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  });
}

export const districtQueryOptions = () => datasetQueryOptions('district');
export const contextQueryOptions = () => datasetQueryOptions('context');
export const zonesQueryOptions = () => datasetQueryOptions('zones');
