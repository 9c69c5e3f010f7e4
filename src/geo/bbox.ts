import type { Geometry, Position } from 'geojson';

/** [west, south, east, north] in WGS-84 degrees. */
export type BBox = [number, number, number, number];

function visit(coords: unknown, box: BBox): void {
  if (!Array.isArray(coords)) return;
  if (typeof coords[0] === 'number') {
    const [x, y] = coords as Position;
    if (x === undefined || y === undefined) return;
    if (x < box[0]) box[0] = x;
    if (y < box[1]) box[1] = y;
    if (x > box[2]) box[2] = x;
    if (y > box[3]) box[3] = y;
    return;
  }
  for (const c of coords) visit(c, box);
}

/** The bounding box of any geometries, or null when they hold no coordinates. */
export function bboxOf(geometries: readonly Geometry[]): BBox | null {
  const box: BBox = [Infinity, Infinity, -Infinity, -Infinity];
  for (const g of geometries) {
    if (g.type === 'GeometryCollection') {
      const inner = bboxOf(g.geometries);
      if (inner) visit([inner.slice(0, 2), inner.slice(2)], box);
    } else visit(g.coordinates, box);
  }
  return Number.isFinite(box[0]) ? box : null;
}
