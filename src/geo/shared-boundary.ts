import type { MultiPolygon, Polygon, Position } from 'geojson';
import { polygonsOf } from './ring';

/** Mean Earth radius in km, for the local planar approximation below. */
const EARTH_RADIUS_KM = 6371.0088;
const DEG = Math.PI / 180;

function key(p: Position): string {
  return `${p[0]},${p[1]}`;
}

/** Number of distinct [lng, lat] vertices the two geometries have exactly in common. */
export function countSharedVertices(a: Polygon | MultiPolygon, b: Polygon | MultiPolygon): number {
  const inB = new Set(polygonsOf(b).flat(2).map(key));
  const shared = new Set(
    polygonsOf(a)
      .flat(2)
      .map(key)
      .filter((k) => inB.has(k)),
  );
  return shared.size;
}

/** Every edge of the given polygons' rings, as pairs of [lng, lat] positions. */
export function ringEdges(geometries: readonly (Polygon | MultiPolygon)[]): [Position, Position][] {
  const edges: [Position, Position][] = [];
  for (const g of geometries) {
    for (const ring of polygonsOf(g).flat()) {
      for (let i = 0; i + 1 < ring.length; i++) {
        const a = ring[i];
        const b = ring[i + 1];
        if (a !== undefined && b !== undefined) edges.push([a, b]);
      }
    }
  }
  return edges;
}

/**
 * Distance in km from a [lng, lat] point to the nearest of the edges, on a local equirectangular
 * projection centred on the point: within 0.1% of geodesic at the few-km range used here.
 */
export function distanceToEdgesKm(point: Position, edges: readonly [Position, Position][]): number {
  const [lng = 0, lat = 0] = point;
  const kx = EARTH_RADIUS_KM * DEG * Math.cos(lat * DEG);
  const ky = EARTH_RADIUS_KM * DEG;
  let best = Number.POSITIVE_INFINITY;
  for (const [a, b] of edges) {
    const ax = ((a[0] ?? 0) - lng) * kx;
    const ay = ((a[1] ?? 0) - lat) * ky;
    const dx = ((b[0] ?? 0) - lng) * kx - ax;
    const dy = ((b[1] ?? 0) - lat) * ky - ay;
    const len2 = dx * dx + dy * dy;
    const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len2));
    best = Math.min(best, Math.hypot(ax + t * dx, ay + t * dy));
  }
  return best;
}

/**
 * Runs (≥ 2 vertices) of consecutive vertices of a closed ring for which `keep` holds, in ring
 * order. A run crossing the ring's start is returned whole; a ring kept entirely is one run.
 */
export function ringRuns(ring: readonly Position[], keep: (p: Position) => boolean): Position[][] {
  const open = ring.slice(0, -1);
  const flags = open.map(keep);
  const start = flags.indexOf(false);
  if (start === -1) return [ring.slice()];
  const runs: Position[][] = [];
  let run: Position[] = [];
  for (let i = 1; i <= open.length; i++) {
    const j = (start + i) % open.length;
    const p = open[j];
    if (flags[j] === true && p !== undefined) {
      run.push(p);
      continue;
    }
    if (run.length >= 2) runs.push(run);
    run = [];
  }
  return runs;
}
