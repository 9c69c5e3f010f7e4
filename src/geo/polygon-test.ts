import type { LngLat } from '../domain/filter';
import { bandCountFor, summedExtent } from './band-count';
import type { BBox } from './bbox';
import type { Bitset } from './bitset';

/** A polygon ring ready for many point tests. */
export interface PreparedRing {
  readonly bbox: BBox;
  /** Even-odd, boundary inside; (lng, lat) in WGS-84 degrees. */
  contains(lng: number, lat: number): boolean;
  /** Sets in bits each of the first n records of ids whose (lng[i], lat[i]) is inside. */
  markInside(ids: Uint32Array, n: number, lng: Float64Array, lat: Float64Array, bits: Bitset): void;
}

/** The ring's vertices without a closing repeat of the first one. */
export function openRing(ring: readonly LngLat[]): LngLat[] {
  const first = ring[0];
  const last = ring[ring.length - 1];
  const closed = ring.length > 1 && first && last && first[0] === last[0] && first[1] === last[1];
  return closed ? ring.slice(0, -1) : ring.slice();
}

/**
 * Edges grouped by horizontal band: a point only meets the edges whose latitude span holds
 * its own, so only its band's few edges are tested, not all of them. `band` is monotone in y,
 * so an edge spanning [y1, y2] is listed in every band a point with y1 ≤ y ≤ y2 can fall in.
 * Each band's edges are copied side by side as x1, y1, x2, y2, so a test reads memory in order.
 */
interface Bands {
  y0: number;
  scale: number;
  count: number;
  /** Edges of band b: coords[4 × start[b]] … coords[4 × start[b + 1] − 1] (count + 2 long). */
  start: Uint32Array;
  coords: Float64Array;
}

function bandOf(bands: Pick<Bands, 'y0' | 'scale' | 'count'>, y: number): number {
  const b = Math.floor((y - bands.y0) * bands.scale);
  return b < 0 ? 0 : b >= bands.count ? bands.count - 1 : b;
}

type Layout = Pick<Bands, 'y0' | 'scale' | 'count' | 'start'>;

/** Band sizes, as offsets: band b holds start[b + 1] − start[b] edges. */
function bandLayout(xs: Float64Array, ys: Float64Array, bbox: BBox): Layout {
  const edgeCount = xs.length - 1;
  const height = bbox[3] - bbox[1];
  const wanted = Math.min(4 * edgeCount, 16384);
  const count = height > 0 ? bandCountFor(edgeCount, summedExtent(ys), height, wanted) : 1;
  const shape = { y0: bbox[1], scale: height > 0 ? count / height : 0, count };
  // Two passes (count, then fill) instead of one array per band: no garbage per band.
  const start = new Uint32Array(count + 2);
  for (let i = 0; i < edgeCount; i++) {
    // Difference array: +1 where the edge's bands begin, −1 after they end.
    const a = ys[i] as number;
    const b = ys[i + 1] as number;
    const from = bandOf(shape, Math.min(a, b)) + 1;
    const past = bandOf(shape, Math.max(a, b)) + 2;
    start[from] = (start[from] as number) + 1;
    start[past] = (start[past] as number) - 1;
  }
  let run = 0;
  for (let k = 1; k <= count; k++) {
    run += start[k] as number;
    start[k] = (start[k - 1] as number) + run;
  }
  return { ...shape, start };
}

function buildBands(xs: Float64Array, ys: Float64Array, bbox: BBox): Bands {
  const layout = bandLayout(xs, ys, bbox);
  const { count, start } = layout;
  const edgeCount = xs.length - 1;
  const lowBand = (i: number) => bandOf(layout, Math.min(ys[i] as number, ys[i + 1] as number));
  const highBand = (i: number) => bandOf(layout, Math.max(ys[i] as number, ys[i + 1] as number));
  const fill = start.slice(0, count);
  const coords = new Float64Array(4 * (start[count] as number));
  for (let i = 0; i < edgeCount; i++) {
    const to = highBand(i);
    for (let k = lowBand(i); k <= to; k++) {
      const at = 4 * (fill[k] as number);
      fill[k] = (fill[k] as number) + 1;
      coords[at] = xs[i] as number;
      coords[at + 1] = ys[i] as number;
      coords[at + 2] = xs[i + 1] as number;
      coords[at + 3] = ys[i + 1] as number;
    }
  }
  return { ...layout, coords };
}

/**
 * Even-odd test with boundary points inside: per edge, the decision of point-in-polygon-hao
 * (what turf.booleanPointInPolygon runs) with a plain rather than an exact orientation
 * predicate. Even-odd keeps self-touching and self-crossing rings well defined. The parity
 * does not depend on the order edges are visited in, so visiting one band's edges suffices.
 */
function bandContains(coords: Float64Array, from: number, to: number, x: number, y: number) {
  let parity = 0;
  for (let k = 4 * from; k < 4 * to; k += 4) {
    const u1 = (coords[k] as number) - x;
    const v1 = (coords[k + 1] as number) - y;
    const u2 = (coords[k + 2] as number) - x;
    const v2 = (coords[k + 3] as number) - y;
    const f = u2 * v1 - u1 * v2;
    // The rare boundary cases keep their branches; the crossing itself is counted without
    // one, since on real data its outcome is a coin toss that a branch predictor cannot learn.
    if (f === 0 || (v1 === 0 && v2 === 0)) {
      if (v1 === 0 && v2 === 0) {
        if ((u2 <= 0 && u1 >= 0) || (u1 <= 0 && u2 >= 0)) return true;
      } else if ((v2 >= 0 && v1 <= 0) || (v2 <= 0 && v1 >= 0)) return true;
    }
    parity ^= (+(f > 0) & +(v2 > 0) & +(v1 <= 0)) | (+(f < 0) & +(v2 <= 0) & +(v1 > 0));
  }
  return parity === 1;
}

// A loop, not Math.min(...values): spreading a long ring would overflow the call stack.
function extreme(values: Float64Array, sign: 1 | -1): number {
  let m = Number.NEGATIVE_INFINITY;
  for (const v of values) if (v * sign > m) m = v * sign;
  return m * sign;
}

interface RingArrays {
  xs: Float64Array;
  ys: Float64Array;
  bbox: BBox;
}

/** The vertices as columns, closed (last = first), with their bbox; null below 3 vertices. */
function ringArrays(ring: readonly LngLat[]): RingArrays | null {
  const open = openRing(ring);
  if (open.length < 3) return null;
  const xs = new Float64Array(open.length + 1);
  const ys = new Float64Array(open.length + 1);
  open.forEach(([x, y], i) => {
    xs[i] = x;
    ys[i] = y;
  });
  xs[open.length] = xs[0] ?? 0;
  ys[open.length] = ys[0] ?? 0;
  return { xs, ys, bbox: [extreme(xs, -1), extreme(ys, -1), extreme(xs, 1), extreme(ys, 1)] };
}

/**
 * The most edges any one band of the prepared ring holds: what a point test costs at worst,
 * whatever latitude the tested points crowd at (an average would let a ring pile its edges
 * where the data is dense). 0 for a ring that prepareRing refuses.
 */
export function ringBandLoad(ring: readonly LngLat[]): number {
  const arrays = ringArrays(ring);
  if (arrays === null) return 0;
  const { start, count } = bandLayout(arrays.xs, arrays.ys, arrays.bbox);
  let most = 0;
  for (let k = 0; k < count; k++)
    most = Math.max(most, (start[k + 1] as number) - (start[k] as number));
  return most;
}

/** A ring of finite [lng, lat] vertices, closed or not; null when it has fewer than 3. */
export function prepareRing(ring: readonly LngLat[]): PreparedRing | null {
  const arrays = ringArrays(ring);
  if (arrays === null) return null;
  const { xs, ys, bbox } = arrays;
  const bands = buildBands(xs, ys, bbox);
  const { start, coords, y0, scale, count } = bands;
  const [west, south, east, north] = bbox;
  const last = count - 1;
  // bandOf inlined, and the loop over many records kept here, next to the edge test: a call
  // per record through a shared closure would cost more than a few edge tests.
  const contains = (x: number, y: number): boolean => {
    if (!(y >= south && y <= north && x >= west && x <= east)) return false;
    const f = Math.floor((y - y0) * scale);
    const b = f < 0 ? 0 : Math.min(f, last);
    return bandContains(coords, start[b] as number, start[b + 1] as number, x, y);
  };
  return {
    bbox,
    contains,
    markInside: (ids, n, lng, lat, bits) => {
      for (let j = 0; j < n; j++) {
        const i = ids[j] as number;
        const x = lng[i] as number;
        const y = lat[i] as number;
        if (!(y >= south && y <= north && x >= west && x <= east)) continue;
        const f = Math.floor((y - y0) * scale);
        const b = f < 0 ? 0 : Math.min(f, last);
        if (bandContains(coords, start[b] as number, start[b + 1] as number, x, y)) {
          bits[i >>> 5] = (bits[i >>> 5] as number) | (1 << (i & 31));
        }
      }
    },
  };
}
