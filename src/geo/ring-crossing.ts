import type { Position } from 'geojson';

function orient(ax: number, ay: number, bx: number, by: number, cx: number, cy: number): number {
  const v = (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
  return v > 0 ? 1 : v < 0 ? -1 : 0;
}

/** Whether segments (x1,y1)-(x2,y2) and (x3,y3)-(x4,y4) cross inside both (not at an end). */
function properCross(e: Float64Array, i: number, j: number): boolean {
  const [ax, ay, bx, by] = [
    e[i] as number,
    e[i + 1] as number,
    e[i + 2] as number,
    e[i + 3] as number,
  ];
  const [cx, cy, dx, dy] = [
    e[j] as number,
    e[j + 1] as number,
    e[j + 2] as number,
    e[j + 3] as number,
  ];
  const o1 = orient(ax, ay, bx, by, cx, cy);
  const o2 = orient(ax, ay, bx, by, dx, dy);
  const o3 = orient(cx, cy, dx, dy, ax, ay);
  const o4 = orient(cx, cy, dx, dy, bx, by);
  return o1 * o2 < 0 && o3 * o4 < 0;
}

/** Every edge of the rings as x1, y1, x2, y2 in a flat array. */
function edgeArray(rings: readonly (readonly Position[])[]): Float64Array {
  const out: number[] = [];
  for (const ring of rings) {
    for (let i = 0; i + 1 < ring.length; i++) {
      const [ax = 0, ay = 0] = ring[i] ?? [];
      const [bx = 0, by = 0] = ring[i + 1] ?? [];
      out.push(ax, ay, bx, by);
    }
  }
  return Float64Array.from(out);
}

/**
 * Whether any two edges of a polygon's rings (outer and holes) cross each other: the
 * self-intersection that makes polygon overlay (turf intersect) slow or wrong. A sweep over
 * edges sorted by west end compares only edges whose longitude spans overlap: near-linear for
 * ordinary outlines, O(n²) at worst, so the caller caps the vertex count first.
 */
export function polygonSelfCrosses(rings: readonly (readonly Position[])[]): boolean {
  const e = edgeArray(rings);
  const n = e.length / 4;
  const minX = (k: number) => Math.min(e[4 * k] as number, e[4 * k + 2] as number);
  const maxX = (k: number) => Math.max(e[4 * k] as number, e[4 * k + 2] as number);
  const order = Array.from({ length: n }, (_, k) => k).sort((a, b) => minX(a) - minX(b));
  for (let a = 0; a < n; a++) {
    const i = order[a] as number;
    const right = maxX(i);
    const lo = Math.min(e[4 * i + 1] as number, e[4 * i + 3] as number);
    const hi = Math.max(e[4 * i + 1] as number, e[4 * i + 3] as number);
    for (let b = a + 1; b < n; b++) {
      const j = order[b] as number;
      if (minX(j) > right) break;
      const jlo = Math.min(e[4 * j + 1] as number, e[4 * j + 3] as number);
      const jhi = Math.max(e[4 * j + 1] as number, e[4 * j + 3] as number);
      if (jhi < lo || jlo > hi) continue;
      if (properCross(e, 4 * i, 4 * j)) return true;
    }
  }
  return false;
}
