import { buildClusterIndex, type ClusterIndex } from './cluster-index';
import { type SpatialIndexClass, spatialIndexFromCoords } from './point-columns';

/** A dataset's spatial index data and cluster grid, over its points in record order. */
export interface CoordsIndexes {
  /** The spatial index's data, as spatialIndexData builds it (null when empty). */
  spatial: ArrayBuffer | null;
  /** The map's cluster grid, as clusterIndexOf builds it from the dataset's columns. */
  cluster: ClusterIndex;
}

/** Both indexes from [lng, lat] pairs (the spatial worker runs this off the page). */
export function indexesFromCoords(coords: Float64Array, Spatial: SpatialIndexClass): CoordsIndexes {
  const spatial = spatialIndexFromCoords(coords, Spatial);
  const n = coords.length / 2;
  const lng = new Float64Array(n);
  const lat = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    lng[i] = coords[2 * i] as number;
    lat[i] = coords[2 * i + 1] as number;
  }
  return { spatial, cluster: buildClusterIndex(lng, lat) };
}
