import type { Geometry, Position } from 'geojson';

/** Applies fn to every position of a geometry, returning a new geometry of the same type. */
export function mapPositions<G extends Geometry>(geometry: G, fn: (p: Position) => Position): G {
  switch (geometry.type) {
    case 'Point':
      return { ...geometry, coordinates: fn(geometry.coordinates) };
    case 'MultiPoint':
    case 'LineString':
      return { ...geometry, coordinates: geometry.coordinates.map(fn) };
    case 'MultiLineString':
    case 'Polygon':
      return { ...geometry, coordinates: geometry.coordinates.map((r) => r.map(fn)) };
    case 'MultiPolygon':
      return {
        ...geometry,
        coordinates: geometry.coordinates.map((p) => p.map((r) => r.map(fn))),
      };
    case 'GeometryCollection':
      return { ...geometry, geometries: geometry.geometries.map((g) => mapPositions(g, fn)) };
  }
}
