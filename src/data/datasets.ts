import { queryOptions } from '@tanstack/react-query';
import type { FeatureCollection, Geometry } from 'geojson';
import contextUrl from '../../data/geojson/context.geojson?url';
import districtUrl from '../../data/geojson/district.geojson?url';
import zonesUrl from '../../data/geojson/zones.geojson?url';
import type { Provenance } from '../domain/provenance';
import { type BBox, bboxOf } from '../geo/bbox';
import { fetchJsonOnce, prefetchJson } from './prefetch-json';
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

/** The validator (geojson-validation, gcoord): a chunk of its own, not in the first paint. */
const loadValidator = () => import('./validate-dataset');

/**
 * Starts reading the three embedded datasets, and fetching their validator, as the entry runs.
 * Their queries start only once TanStack Query's chunk has loaded and React has committed: left
 * to them, the files were asked for 1.1–1.5 s into the load (then behind MapLibre's WebGL set-up
 * too), and every later step of the first view, the records' linking to the zones included,
 * waited for them (issue 11). Each early read is handed to its query once.
 */
export function prefetchBaseDatasets(): void {
  for (const url of Object.values(DATASET_URLS)) prefetchJson(url);
  void loadValidator().catch(() => undefined);
}

function datasetQueryOptions(name: BaseDatasetName) {
  return queryOptions({
    queryKey: ['dataset', name],
    queryFn: async ({ signal }): Promise<LoadedCollection> => {
      const [validator, json] = await Promise.all([
        loadValidator(),
        fetchJsonOnce(DATASET_URLS[name], signal),
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
