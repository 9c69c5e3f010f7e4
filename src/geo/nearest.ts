import Flatbush from 'flatbush';
import { haversineKm, projectX, projectY } from './equal-area';
import type { PointColumns } from './point-columns';

/**
 * k nearest records by great-circle distance. Flatbush's `neighbors` ranks by planar distance,
 * so we index the points in the equal-area projection (km) and correct for its scale error:
 * across the data's latitudes the projection's distances lie within a factor `slack` of the
 * great-circle ones, so after the k planar nearest (whose farthest is D km away on the
 * sphere), every record nearer than D lies within D·slack in the plane; those candidates are
 * sorted by haversine. The result equals a brute-force sort (ties broken by index).
 */
interface NearIndex {
  tree: Flatbush;
  slack: number;
}
const cache = new WeakMap<PointColumns, NearIndex | null>();

function nearIndex(cols: PointColumns): NearIndex | null {
  if (cache.has(cols)) return cache.get(cols) ?? null;
  let built: NearIndex | null = null;
  if (cols.size > 0) {
    const tree = new Flatbush(cols.size);
    let minLat = 90;
    let maxLat = -90;
    for (let i = 0; i < cols.size; i++) {
      const lat = cols.lat[i] ?? 0;
      minLat = Math.min(minLat, lat);
      maxLat = Math.max(maxLat, lat);
      const x = projectX(cols.lng[i] ?? 0);
      const y = projectY(lat);
      tree.add(x, y, x, y);
    }
    tree.finish();
    built = { tree, slack: scaleSlack(minLat, maxLat) };
  }
  cache.set(cols, built);
  return built;
}

/**
 * The projection stretches east-west by cos φ0 / cos φ and north-south by the inverse; the
 * ratio of planar to great-circle distance stays within [1/s, s] for s below, plus 1 % for the
 * chord-versus-arc and curvature terms at district scale.
 */
function scaleSlack(minLat: number, maxLat: number): number {
  const c0 = Math.cos((29.4 * Math.PI) / 180);
  const ratios = [minLat, maxLat, 29.4].map((lat) => c0 / Math.cos((lat * Math.PI) / 180));
  const worst = Math.max(...ratios.map((r) => Math.max(r, 1 / r)));
  return worst * worst * 1.01;
}

export interface Neighbour {
  index: number;
  km: number;
}

/** Nearest `k` records to [lng, lat] among those `accept` admits (all when omitted). */
export function nearestRecords(
  cols: PointColumns,
  at: [number, number],
  k: number,
  accept: (i: number) => boolean = () => true,
): Neighbour[] {
  const idx = nearIndex(cols);
  if (idx === null || k <= 0) return [];
  const [lng, lat] = at;
  const px = projectX(lng);
  const py = projectY(lat);
  const first = idx.tree.neighbors(px, py, k, Number.POSITIVE_INFINITY, accept);
  const dist = (i: number) => haversineKm(lng, lat, cols.lng[i] ?? 0, cols.lat[i] ?? 0);
  const farthest = Math.max(0, ...first.map(dist));
  const reach = farthest * idx.slack + 1e-9;
  const candidates = idx.tree
    .search(px - reach, py - reach, px + reach, py + reach)
    .filter(accept)
    .map((i) => ({ index: i, km: dist(i) }));
  candidates.sort((a, b) => a.km - b.km || a.index - b.index);
  return candidates.slice(0, k);
}

/**
 * For each radius (km, ascending), the admitted records within it (great-circle, inclusive),
 * tallied by `code[i]` into arrays of length `codes`.
 */
export function countWithin(
  cols: PointColumns,
  at: [number, number],
  radiiKm: readonly number[],
  code: Uint8Array,
  codes: number,
  accept: (i: number) => boolean = () => true,
): number[][] {
  const out = radiiKm.map(() => new Array<number>(codes).fill(0));
  const idx = nearIndex(cols);
  const max = Math.max(0, ...radiiKm);
  if (idx === null) return out;
  const [lng, lat] = at;
  const px = projectX(lng);
  const py = projectY(lat);
  const reach = max * idx.slack;
  for (const i of idx.tree.search(px - reach, py - reach, px + reach, py + reach)) {
    if (!accept(i)) continue;
    const km = haversineKm(lng, lat, cols.lng[i] ?? 0, cols.lat[i] ?? 0);
    radiiKm.forEach((r, j) => {
      const row = out[j];
      const c = code[i] ?? 0;
      if (km <= r && row) row[c] = (row[c] ?? 0) + 1;
    });
  }
  return out;
}
