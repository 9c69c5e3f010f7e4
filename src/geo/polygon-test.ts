import type { LngLat } from '../domain/filter';
import { bandCountFor, summedExtent } from './band-count';
import type { BBox } from './bbox';

/** A polygon ring ready for many point tests. */
export interface PreparedRing {
  readonly bbox: BBox;
  /** Even-odd, boundary inside; (lng, lat) in WGS-84 degrees. */
  contains(lng: number, lat: number): boolean;
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
 */
interface Bands {
  y0: number;
  scale: number;
  count: number;
  /** Edges of band b: edges[start[b]] … edges[start[b + 1] − 1]. */
  start: Uint32Array;
  edges: Uint32Array;
}

function bandOf(bands: Pick<Bands, 'y0' | 'scale' | 'count'>, y: number): number {
  const b = Math.floor((y - bands.y0) * bands.scale);
  return b < 0 ? 0 : b >= bands.count ? bands.count - 1 : b;
}

function buildBands(xs: Float64Array, ys: Float64Array, bbox: BBox): Bands {
  const edgeCount = xs.length - 1;
  const height = bbox[3] - bbox[1];
  const wanted = Math.min(edgeCount, 1024);
  const count = height > 0 ? bandCountFor(edgeCount, summedExtent(ys), height, wanted) : 1;
  const shape = { y0: bbox[1], scale: height > 0 ? count / height : 0, count };
  const lists: number[][] = Array.from({ length: count }, () => []);
  for (let i = 0; i < edgeCount; i++) {
    const a = ys[i] ?? 0;
    const b = ys[i + 1] ?? 0;
    const to = bandOf(shape, Math.max(a, b));
    for (let k = bandOf(shape, Math.min(a, b)); k <= to; k++) lists[k]?.push(i);
  }
  const start = new Uint32Array(count + 1);
  lists.forEach((list, k) => {
    start[k + 1] = (start[k] ?? 0) + list.length;
  });
  return { ...shape, start, edges: Uint32Array.from(lists.flat()) };
}

/**
 * Even-odd test with boundary points inside: per edge, the decision of point-in-polygon-hao
 * (what turf.booleanPointInPolygon runs) with a plain rather than an exact orientation
 * predicate. Even-odd keeps self-touching and self-crossing rings well defined. The parity
 * does not depend on the order edges are visited in, so visiting one band's edges suffices.
 */
function bandContains(xs: Float64Array, ys: Float64Array, bands: Bands, x: number, y: number) {
  const b = bandOf(bands, y);
  const end = bands.start[b + 1] ?? 0;
  let inside = false;
  for (let k = bands.start[b] ?? 0; k < end; k++) {
    const i = bands.edges[k] ?? 0;
    const u1 = (xs[i] ?? 0) - x;
    const v1 = (ys[i] ?? 0) - y;
    const u2 = (xs[i + 1] ?? 0) - x;
    const v2 = (ys[i + 1] ?? 0) - y;
    if (v1 === 0 && v2 === 0) {
      if ((u2 <= 0 && u1 >= 0) || (u1 <= 0 && u2 >= 0)) return true;
    } else if ((v2 >= 0 && v1 <= 0) || (v2 <= 0 && v1 >= 0)) {
      const f = u2 * v1 - u1 * v2;
      if (f === 0) return true;
      if ((f > 0 && v2 > 0 && v1 <= 0) || (f < 0 && v2 <= 0 && v1 > 0)) inside = !inside;
    }
  }
  return inside;
}

// A loop, not Math.min(...values): spreading a long ring would overflow the call stack.
function extreme(values: Float64Array, sign: 1 | -1): number {
  let m = Number.NEGATIVE_INFINITY;
  for (const v of values) if (v * sign > m) m = v * sign;
  return m * sign;
}

/** A ring of finite [lng, lat] vertices, closed or not; null when it has fewer than 3. */
export function prepareRing(ring: readonly LngLat[]): PreparedRing | null {
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
  const bbox: BBox = [extreme(xs, -1), extreme(ys, -1), extreme(xs, 1), extreme(ys, 1)];
  const bands = buildBands(xs, ys, bbox);
  return {
    bbox,
    contains: (x, y) => y >= bbox[1] && y <= bbox[3] && bandContains(xs, ys, bands, x, y),
  };
}
