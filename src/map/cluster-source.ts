import type { Bitset } from '../geo/bitset';
import { buildMatchPrefix } from '../geo/cluster-counts';
import { buildClusterIndex, type ClusterIndex } from '../geo/cluster-index';
import type { ViewSource } from '../geo/cluster-view';
import type { PointColumns } from '../geo/point-columns';

/** One grid index per loaded dataset (dropped with its columns). */
const indexes = new WeakMap<PointColumns, ClusterIndex>();
/** One set of prefix counts per filter result's bitset. */
const prefixes = new WeakMap<Bitset, ViewSource>();

function clusterIndexOf(columns: PointColumns): ClusterIndex {
  let index = indexes.get(columns);
  if (!index) {
    index = buildClusterIndex(columns.lng, columns.lat);
    indexes.set(columns, index);
  }
  return index;
}

/** What ClusterFeed needs for one dataset and filter result; memoised by their identity. */
export function viewSourceOf(columns: PointColumns, classes: Uint8Array, bits: Bitset): ViewSource {
  let source = prefixes.get(bits);
  if (!source) {
    const index = clusterIndexOf(columns);
    const prefix = buildMatchPrefix(index, bits);
    source = { index, prefix, bits, classes, lng: columns.lng, lat: columns.lat };
    prefixes.set(bits, source);
  }
  return source;
}
