import type { TileCrs } from '../domain/basemap';
import type { Bitset } from '../geo/bitset';
import { buildMatchPrefix } from '../geo/cluster-counts';
import { clusterIndexOf } from '../geo/cluster-index';
import type { ViewSource } from '../geo/cluster-view';
import { columnsForDisplay } from '../geo/display-shift';
import type { PointColumns } from '../geo/point-columns';

/** [lng, lat] columns, WGS-84 or moved for display onto a GCJ-02 basemap. */
type Coordinates = Pick<PointColumns, 'lng' | 'lat'>;

/** The display copy of a dataset's coordinates for a GCJ-02/BD-09 basemap, one per dataset. */
const shifted = new WeakMap<PointColumns, Coordinates & { crs: TileCrs }>();
/** One set of prefix counts per filter result's bitset. */
const prefixes = new WeakMap<Bitset, ViewSource>();

/** A dataset's coordinates as drawn on a basemap in `crs` (the columns themselves for WGS-84). */
export function displayColumns(columns: PointColumns, crs: TileCrs): Coordinates {
  if (crs === 'WGS-84') return columns;
  const have = shifted.get(columns);
  if (have?.crs === crs) return have;
  const all = Uint32Array.from({ length: columns.size }, (_, i) => i);
  const moved = { crs, ...columnsForDisplay(columns, all, crs) };
  shifted.set(columns, moved);
  return moved;
}

/** What ClusterFeed needs for one dataset and filter result; memoised by their identity. */
export function viewSourceOf(columns: Coordinates, classes: Uint8Array, bits: Bitset): ViewSource {
  let source = prefixes.get(bits);
  if (!source || source.lng !== columns.lng) {
    const index = clusterIndexOf(columns);
    const prefix = buildMatchPrefix(index, bits);
    source = { index, prefix, bits, classes, lng: columns.lng, lat: columns.lat };
    prefixes.set(bits, source);
  }
  return source;
}

/**
 * What the page hands the map for one dataset and filter result. The map's lazily loaded
 * entity part turns it into a ViewSource, so the cluster grid code is not in the first paint.
 */
export interface ClusterRequest {
  columns: PointColumns;
  /** Per-record class (industry or status code) the clusters count by. */
  classes: Uint8Array;
  bits: Bitset;
  crs: TileCrs;
}

export function viewSourceFor(req: ClusterRequest): ViewSource {
  return viewSourceOf(displayColumns(req.columns, req.crs), req.classes, req.bits);
}
