import type { Geometry, Position } from 'geojson';

/** Calls fn on every position of a geometry until it returns true; allocates nothing. */
export function somePosition(g: Geometry, fn: (p: Position) => boolean): boolean {
  switch (g.type) {
    case 'Point':
      return fn(g.coordinates);
    case 'MultiPoint':
    case 'LineString':
      return g.coordinates.some(fn);
    case 'MultiLineString':
    case 'Polygon':
      return g.coordinates.some((r) => r.some(fn));
    case 'MultiPolygon':
      return g.coordinates.some((p) => p.some((r) => r.some(fn)));
    case 'GeometryCollection':
      return g.geometries.some((m) => somePosition(m, fn));
  }
}

/** The first position of a geometry (checked geometries always have one). */
export function firstPosition(g: Geometry): Position {
  let first: Position = [Number.NaN, Number.NaN];
  somePosition(g, (p) => {
    first = p;
    return true;
  });
  return first;
}
