import type { Feature, FeatureCollection, Point } from 'geojson';
import type { BBox } from './bbox';
import { firstMatch, lastMatch, type MatchPrefix } from './cluster-counts';
import {
  type ClusterIndex,
  cellAt,
  LEVEL_OFFSET,
  latOf,
  lngOf,
  MAX_LEVEL,
  mercatorX,
  mercatorY,
  morton,
} from './cluster-index';

/** Above this zoom a cell of at most EXPAND_MAX records is drawn as its points (street level). */
export const CLUSTER_MAX_ZOOM = 13;
export const EXPAND_MAX = 32;
export const MAX_ZOOM = 18;

export interface PointProps {
  i: number;
  c: number;
}
export interface ClusterProps {
  point_count: number;
  point_count_abbreviated: string;
  /** The zoom at which this cluster's records no longer share one cell (a click goes there). */
  expansion_zoom: number;
}
export type ViewFeature = Feature<Point, PointProps | ClusterProps>;

/** The grid cells a query covers: [x0, x1] × [y0, y1] at `level`, inclusive. */
export interface Cover {
  level: number;
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

export const levelOf = (zoom: number) =>
  Math.max(0, Math.min(MAX_LEVEL, Math.floor(zoom) + LEVEL_OFFSET));

/** Cells of the view box widened by `margin` view sizes on every side (so small pans need nothing). */
export function coverOf(box: BBox, zoom: number, margin: number): Cover {
  const level = levelOf(zoom);
  const [x0, y0, x1, y1] = [
    mercatorX(box[0]),
    mercatorY(box[3]),
    mercatorX(box[2]),
    mercatorY(box[1]),
  ];
  const dx = (x1 - x0) * margin;
  const dy = (y1 - y0) * margin;
  return {
    level,
    x0: cellAt(x0 - dx, level),
    x1: cellAt(x1 + dx, level),
    y0: cellAt(y0 - dy, level),
    y1: cellAt(y1 + dy, level),
  };
}

/** True when `outer` holds every cell of `inner` at the same level. */
export function coverContains(outer: Cover, inner: Cover): boolean {
  return (
    outer.level === inner.level &&
    outer.x0 <= inner.x0 &&
    outer.x1 >= inner.x1 &&
    outer.y0 <= inner.y0 &&
    outer.y1 >= inner.y1
  );
}

export function abbreviate(n: number): string {
  if (n >= 10000) return `${Math.round(n / 1000)}k`;
  if (n >= 1000) return `${Math.round(n / 100) / 10}k`;
  return String(n);
}

/** Smallest zoom at which the first and last matching points of a run fall in different cells. */
export function expansionZoom(index: ClusterIndex, first: number, last: number): number {
  const a = index.keys[first] as number;
  const b = index.keys[last] as number;
  for (let level = 0; level <= MAX_LEVEL; level++) {
    const span = 4 ** (MAX_LEVEL - level);
    if (Math.floor(a / span) !== Math.floor(b / span)) {
      return Math.min(MAX_ZOOM, Math.max(0, level - LEVEL_OFFSET));
    }
  }
  return MAX_ZOOM;
}

export interface ViewSource {
  index: ClusterIndex;
  prefix: MatchPrefix;
  /** The filter result's bitset (record order) and the record's colour class. */
  bits: Uint32Array;
  classes: Uint8Array;
  lng: Float64Array;
  lat: Float64Array;
}

function pointFeature(src: ViewSource, i: number): ViewFeature {
  return {
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [src.lng[i] as number, src.lat[i] as number] },
    properties: { i, c: src.classes[i] as number },
  };
}

function cellFeatures(
  src: ViewSource,
  from: number,
  to: number,
  expand: boolean,
  out: ViewFeature[],
) {
  const { prefix, index } = src;
  const n = (prefix.count[to] as number) - (prefix.count[from] as number);
  if (n === 0) return;
  if (n === 1 || (expand && n <= EXPAND_MAX)) {
    for (let k = from; k < to; k++) {
      const i = index.order[k] as number;
      if (((src.bits[i >>> 5] as number) >>> (i & 31)) & 1) out.push(pointFeature(src, i));
    }
    return;
  }
  const x = ((prefix.sumX[to] as number) - (prefix.sumX[from] as number)) / n;
  const y = ((prefix.sumY[to] as number) - (prefix.sumY[from] as number)) / n;
  const ez = expansionZoom(index, firstMatch(prefix, from, to), lastMatch(prefix, from, to));
  out.push({
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [lngOf(x), latOf(y)] },
    properties: { point_count: n, point_count_abbreviated: abbreviate(n), expansion_zoom: ez },
  });
}

/** A lowerBound restricted to [lo, hi). */
function boundIn(keys: Float64Array, key: number, lo: number, hi: number): number {
  let a = lo;
  let b = hi;
  while (a < b) {
    const mid = (a + b) >>> 1;
    if ((keys[mid] as number) < key) a = mid + 1;
    else b = mid;
  }
  return a;
}

interface Walk {
  src: ViewSource;
  cover: Cover;
  expand: boolean;
  out: ViewFeature[];
}

/** Whether cell (x, y) of `level` overlaps the cover (whose cells are at a deeper level). */
function overlaps(cover: Cover, level: number, x: number, y: number): boolean {
  const scale = 2 ** (cover.level - level);
  return (
    x * scale <= cover.x1 &&
    (x + 1) * scale > cover.x0 &&
    y * scale <= cover.y1 &&
    (y + 1) * scale > cover.y0
  );
}

/** Descends the quadtree into children that overlap the cover and hold matching records. */
function visit(walk: Walk, level: number, x: number, y: number, from: number, to: number): void {
  const { prefix, index } = walk.src;
  if ((prefix.count[to] as number) === (prefix.count[from] as number)) return;
  if (level === walk.cover.level) {
    cellFeatures(walk.src, from, to, walk.expand, walk.out);
    return;
  }
  const span = 4 ** (MAX_LEVEL - level - 1);
  const base = morton(2 * x, 2 * y) * span;
  let start = from;
  // Children in Morton order: (0,0), (1,0), (0,1), (1,1); their runs follow one another.
  for (let d = 0; d < 4; d++) {
    const end = d === 3 ? to : boundIn(index.keys, base + (d + 1) * span, start, to);
    const cx = 2 * x + (d & 1);
    const cy = 2 * y + (d >> 1);
    if (end > start && overlaps(walk.cover, level + 1, cx, cy))
      visit(walk, level + 1, cx, cy, start, end);
    start = end;
  }
}

/**
 * Clusters and single points of the matching records in the cover's cells, for a map at
 * `zoom`: one feature per cell holding matches (a point when it holds one record, or a few
 * above CLUSTER_MAX_ZOOM). Counts over a cover add up to the matches inside it. Only cells with
 * matches are visited, so the cost follows what is drawn, not the record count.
 */
export function viewFeatures(
  src: ViewSource,
  cover: Cover,
  zoom: number,
): FeatureCollection<Point, PointProps | ClusterProps> {
  const walk: Walk = { src, cover, expand: zoom > CLUSTER_MAX_ZOOM, out: [] };
  visit(walk, 0, 0, 0, 0, src.index.size);
  return { type: 'FeatureCollection', features: walk.out };
}
