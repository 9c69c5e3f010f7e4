import type { Position } from 'geojson';

function orient(ax: number, ay: number, bx: number, by: number, cx: number, cy: number): number {
  const v = (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
  return v > 0 ? 1 : v < 0 ? -1 : 0;
}

/** Whether segments ab and cd cross at a point inside both (not at a shared endpoint). */
function properCross(a: Position, b: Position, c: Position, d: Position): boolean {
  const [ax = 0, ay = 0] = a;
  const [bx = 0, by = 0] = b;
  const [cx = 0, cy = 0] = c;
  const [dx = 0, dy = 0] = d;
  const o1 = orient(ax, ay, bx, by, cx, cy);
  const o2 = orient(ax, ay, bx, by, dx, dy);
  const o3 = orient(cx, cy, dx, dy, ax, ay);
  const o4 = orient(cx, cy, dx, dy, bx, by);
  return o1 * o2 < 0 && o3 * o4 < 0;
}

/**
 * Whether any two edges of a polygon's rings (outer and holes) cross each other: the
 * self-intersection that makes polygon overlay (turf intersect) slow or wrong. Every pair of
 * edges is tested, so the caller caps the vertex count first (O(n²) for n vertices).
 */
export function polygonSelfCrosses(rings: readonly (readonly Position[])[]): boolean {
  const edges: [Position, Position][] = [];
  for (const ring of rings) {
    for (let i = 0; i + 1 < ring.length; i++) {
      const a = ring[i];
      const b = ring[i + 1];
      if (a && b) edges.push([a, b]);
    }
  }
  for (let i = 0; i < edges.length; i++) {
    const [a, b] = edges[i] as [Position, Position];
    for (let j = i + 1; j < edges.length; j++) {
      const [c, d] = edges[j] as [Position, Position];
      if (properCross(a, b, c, d)) return true;
    }
  }
  return false;
}
