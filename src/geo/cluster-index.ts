/**
 * A static hierarchical grid over a dataset's points, built once per load, from which clusters
 * for any filter, zoom and view are read without touching records outside the view.
 *
 * Points are placed on a Web Mercator grid of 2^MAX_LEVEL cells per axis and sorted by the
 * Morton (Z-order) key of their cell. A grid cell at any coarser level L is then one contiguous
 * run of that order, so "how many matching records are in this cell" is a difference of two
 * prefix counts (cluster-counts.ts) found with two binary searches.
 */

import { drain, STEP, type Steps } from './steps';

/** Level 21: cells of 64 px at zoom 18 (MapLibre's world is 512·2^z px wide). */
export const MAX_LEVEL = 21;
/** A grid level is the map zoom plus this: cells of 64–128 px on screen. */
export const LEVEL_OFFSET = 3;

export interface ClusterIndex {
  readonly size: number;
  /** order[k] = the record index of the k-th point in Morton order. */
  readonly order: Uint32Array;
  /** Morton key at MAX_LEVEL of the k-th point in that order (ascending). */
  readonly keys: Float64Array;
  /** Mercator x / y of the k-th point (float32 is ~1 m here: enough for cluster centroids). */
  readonly mx: Float32Array;
  readonly my: Float32Array;
}

/** Web Mercator x in [0, 1) from west to east. */
export function mercatorX(lng: number): number {
  return lng / 360 + 0.5;
}

/** Web Mercator y in [0, 1) from north to south (clamped at MapLibre's ±85.05°). */
export function mercatorY(lat: number): number {
  const clamped = Math.max(-85.051129, Math.min(85.051129, lat));
  const s = Math.sin((clamped * Math.PI) / 180);
  return 0.5 - (0.25 * Math.log((1 + s) / (1 - s))) / Math.PI;
}

export function lngOf(x: number): number {
  return (x - 0.5) * 360;
}

export function latOf(y: number): number {
  return (360 / Math.PI) * Math.atan(Math.exp((0.5 - y) * 2 * Math.PI)) - 90;
}

/** The grid cell (0 … 2^level − 1) of a mercator coordinate. */
export function cellAt(m: number, level: number): number {
  const n = 2 ** level;
  return Math.min(n - 1, Math.max(0, Math.floor(m * n)));
}

/** Spreads the low 11 bits of v to the even bit positions (bit i → bit 2i). */
function spread11(v: number): number {
  let out = 0;
  for (let b = 0; b < 11; b++) out |= ((v >>> b) & 1) << (2 * b);
  return out >>> 0;
}

const SPREAD = Uint32Array.from({ length: 2048 }, (_, v) => spread11(v));

/** Morton key of cell (x, y) at a level ≤ 21: x bits on even positions, y bits on odd ones. */
export function morton(x: number, y: number): number {
  const lo = (SPREAD[x & 2047] as number) + 2 * (SPREAD[y & 2047] as number);
  const hi = (SPREAD[x >>> 11] as number) + 2 * (SPREAD[y >>> 11] as number);
  return hi * 2 ** 22 + lo;
}

/** LSD radix sort of record indices by key, 11 bits per pass (keys < 2^44); yields every STEP. */
function* sortByKey(keys: Float64Array): Steps<Uint32Array> {
  let order = new Uint32Array(keys.length);
  for (let i = 0; i < order.length; i++) order[i] = i;
  let next = new Uint32Array(keys.length);
  const counts = new Uint32Array(2048);
  for (let shift = 0; shift < 44; shift += 11) {
    const div = 2 ** shift;
    counts.fill(0);
    // A pass over a million keys was one unit of 0.4–0.6 s on a busy page (issue 11).
    for (let i = 0; i < keys.length; i++) {
      const d = Math.floor((keys[i] as number) / div) % 2048;
      counts[d] = (counts[d] as number) + 1;
      if (i % STEP === STEP - 1) yield;
    }
    let sum = 0;
    for (let d = 0; d < 2048; d++) {
      const c = counts[d] as number;
      counts[d] = sum;
      sum += c;
    }
    for (let k = 0; k < order.length; k++) {
      const i = order[k] as number;
      const d = Math.floor((keys[i] as number) / div) % 2048;
      const at = counts[d] as number;
      next[at] = i;
      counts[d] = at + 1;
      if (k % STEP === STEP - 1) yield;
    }
    [order, next] = [next, order];
    yield;
  }
  return order;
}

/** buildClusterIndex in steps that yield (a 100,000-point index was one task of 0.1–0.9 s). */
export function* clusterIndexSteps(lng: Float64Array, lat: Float64Array): Steps<ClusterIndex> {
  const size = lng.length;
  const raw = new Float64Array(size);
  const rawX = new Float64Array(size);
  const rawY = new Float64Array(size);
  for (let i = 0; i < size; i++) {
    rawX[i] = mercatorX(lng[i] as number);
    rawY[i] = mercatorY(lat[i] as number);
    raw[i] = morton(cellAt(rawX[i] as number, MAX_LEVEL), cellAt(rawY[i] as number, MAX_LEVEL));
    if (i % STEP === STEP - 1) yield;
  }
  const order = yield* sortByKey(raw);
  const keys = new Float64Array(size);
  const mx = new Float32Array(size);
  const my = new Float32Array(size);
  for (let k = 0; k < size; k++) {
    const i = order[k] as number;
    keys[k] = raw[i] as number;
    mx[k] = rawX[i] as number;
    my[k] = rawY[i] as number;
    if (k % STEP === STEP - 1) yield;
  }
  return { size, order, keys, mx, my };
}

/** Builds the index over WGS-84 points (same order as the dataset's columns). */
export function buildClusterIndex(lng: Float64Array, lat: Float64Array): ClusterIndex {
  return drain(clusterIndexSteps(lng, lat));
}

type Coordinates = { readonly lng: Float64Array; readonly lat: Float64Array };

/** One index per set of coordinates (dropped with them), however it was built. */
const built = new WeakMap<Coordinates, ClusterIndex>();

/** The index of these coordinates: the one built before, or built now in one go. */
export function clusterIndexOf(columns: Coordinates): ClusterIndex {
  let index = built.get(columns);
  if (!index) {
    index = buildClusterIndex(columns.lng, columns.lat);
    built.set(columns, index);
  }
  return index;
}

/** Builds (in steps) and keeps the index of these coordinates, so clusterIndexOf finds it. */
export function* prepareClusterIndex(columns: Coordinates): Steps<void> {
  if (built.has(columns)) return;
  const index = yield* clusterIndexSteps(columns.lng, columns.lat);
  built.set(columns, index);
}

/**
 * Keeps an index built elsewhere (a worker, from the same points in the same order) as the
 * index of these coordinates; false, keeping nothing, when it does not cover them.
 */
export function adoptClusterIndex(columns: Coordinates, index: ClusterIndex): boolean {
  const size = columns.lng.length;
  const fits = [index.order, index.keys, index.mx, index.my].every((a) => a.length === size);
  if (index.size !== size || !fits) return false;
  built.set(columns, index);
  return true;
}

/** The index's arrays, for a worker's transfer list. */
export function clusterIndexBuffers(index: ClusterIndex): ArrayBuffer[] {
  return [index.order, index.keys, index.mx, index.my].map((a) => a.buffer as ArrayBuffer);
}
