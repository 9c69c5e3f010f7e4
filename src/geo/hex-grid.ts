import { projectX, projectY, unproject } from './equal-area';
import type { PointColumns } from './point-columns';

/**
 * A pointy-top hexagon grid in the equal-area projection of equal-area.ts: every cell covers
 * (3√3 / 2)·size² km² of ground. Cell (q, r) in axial coordinates has its centre at
 * x = size·√3·(q + r/2), y = size·1.5·r; a point belongs to the cell with the nearest centre
 * (the hexagons are that Voronoi diagram), found by cube rounding. Our own grid rather than
 * H3: H3's cells vary in area by cell and ship 200 kB+ of code; a district of 432 km² needs
 * neither global indexing nor hierarchy, and equal areas make counts comparable.
 */

const SQRT3 = Math.sqrt(3);
/** Axial coordinates are offset by this before packing q and r into one integer key. */
const OFFSET = 1 << 15;

export function hexAreaKm2(sizeKm: number): number {
  return ((3 * SQRT3) / 2) * sizeKm * sizeKm;
}

/** Projected coordinates of a dataset, computed once per loaded dataset. */
interface Projected {
  x: Float64Array;
  y: Float64Array;
}
const projectedCache = new WeakMap<PointColumns, Projected>();

export function projectedColumns(cols: PointColumns): Projected {
  let p = projectedCache.get(cols);
  if (p === undefined) {
    const x = new Float64Array(cols.size);
    const y = new Float64Array(cols.size);
    for (let i = 0; i < cols.size; i++) {
      x[i] = projectX(cols.lng[i] ?? 0);
      y[i] = projectY(cols.lat[i] ?? 0);
    }
    p = { x, y };
    projectedCache.set(cols, p);
  }
  return p;
}

export function packCell(q: number, r: number): number {
  return (q + OFFSET) * 2 * OFFSET + (r + OFFSET);
}

export function unpackCell(key: number): [number, number] {
  const r = (key % (2 * OFFSET)) - OFFSET;
  return [Math.floor(key / (2 * OFFSET)) - OFFSET, r];
}

/** The key of the cell containing projected point (x, y) km, for cells of `size` km. */
export function cellOf(x: number, y: number, size: number): number {
  const fq = ((SQRT3 / 3) * x - y / 3) / size;
  const fr = ((2 / 3) * y) / size;
  const fs = -fq - fr;
  let q = Math.round(fq);
  let r = Math.round(fr);
  const s = Math.round(fs);
  const dq = Math.abs(q - fq);
  const dr = Math.abs(r - fr);
  const ds = Math.abs(s - fs);
  if (dq > dr && dq > ds) q = -r - s;
  else if (dr > ds) r = -q - s;
  return packCell(q, r);
}

export function cellCentre(q: number, r: number, size: number): [number, number] {
  return [size * SQRT3 * (q + r / 2), size * 1.5 * r];
}

/** The cell's outline as a closed WGS-84 ring, counter-clockwise (RFC 7946). */
export function cellRing(key: number, size: number): [number, number][] {
  const [q, r] = unpackCell(key);
  const [cx, cy] = cellCentre(q, r, size);
  const ring: [number, number][] = [];
  for (let k = 0; k < 6; k++) {
    const angle = (Math.PI / 180) * (60 * k - 30);
    ring.push(unproject(cx + size * Math.cos(angle), cy + size * Math.sin(angle)));
  }
  const first = ring[0];
  if (first) ring.push(first);
  return ring;
}

/** Each record's cell at one size, as a dense id into `keys`; built once per dataset and size. */
interface CellIndex {
  ids: Uint32Array;
  keys: number[];
}
const cellIndexCache = new WeakMap<PointColumns, Map<number, CellIndex>>();

/**
 * The cell of every record of the dataset for cells of `size` km. Cached, so a filter change
 * (or a year-slider step) only counts ids: no projection or rounding per record.
 */
export function cellIndex(cols: PointColumns, size: number): CellIndex {
  let bySize = cellIndexCache.get(cols);
  if (bySize === undefined) {
    bySize = new Map();
    cellIndexCache.set(cols, bySize);
  }
  const hit = bySize.get(size);
  if (hit !== undefined) return hit;
  const { x, y } = projectedColumns(cols);
  const ids = new Uint32Array(cols.size);
  const keys: number[] = [];
  const dense = new Map<number, number>();
  for (let i = 0; i < cols.size; i++) {
    const key = cellOf(x[i] ?? 0, y[i] ?? 0, size);
    let id = dense.get(key);
    if (id === undefined) {
      id = keys.length;
      keys.push(key);
      dense.set(key, id);
    }
    ids[i] = id;
  }
  const built = { ids, keys };
  bySize.set(size, built);
  return built;
}

/** Per cell: the number of records, and the sum of their weights (= count when unweighted). */
export interface CellTally {
  count: number;
  weight: number;
}

/**
 * Adds the records `indices` of one dataset to `cells` (keyed by packCell). With `weights`, a
 * record adds its weight, and a record whose weight is NaN (unknown) is counted in the
 * returned number instead of in a cell.
 */
export function tallyCells(
  cols: PointColumns,
  indices: Uint32Array,
  size: number,
  cells: Map<number, CellTally>,
  weights: Float64Array | null = null,
): number {
  const { ids, keys } = cellIndex(cols, size);
  const count = new Uint32Array(keys.length);
  const weight = new Float64Array(keys.length);
  let unweighted = 0;
  for (let k = 0; k < indices.length; k++) {
    const i = indices[k] ?? 0;
    const w = weights === null ? 1 : (weights[i] ?? Number.NaN);
    if (Number.isNaN(w)) {
      unweighted++;
      continue;
    }
    const id = ids[i] ?? 0;
    count[id] = (count[id] ?? 0) + 1;
    weight[id] = (weight[id] ?? 0) + w;
  }
  for (let id = 0; id < keys.length; id++) {
    const n = count[id] ?? 0;
    if (n === 0) continue;
    const key = keys[id] ?? 0;
    const cell = cells.get(key);
    if (cell === undefined) cells.set(key, { count: n, weight: weight[id] ?? 0 });
    else {
      cell.count += n;
      cell.weight += weight[id] ?? 0;
    }
  }
  return unweighted;
}
