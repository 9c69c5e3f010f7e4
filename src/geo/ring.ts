import type { MultiPolygon, Polygon, Position } from 'geojson';
import { roundPosition } from './crs';

/**
 * Twice the signed planar area of a ring in degrees² (shoelace over [lng, lat]); positive when
 * the ring runs counter-clockwise. Planar is enough for orientation at a district's scale.
 */
export function ringSignedArea2(ring: readonly Position[]): number {
  let sum = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const a = ring[i];
    const b = ring[i + 1];
    if (a === undefined || b === undefined) continue;
    sum += (a[0] ?? 0) * (b[1] ?? 0) - (b[0] ?? 0) * (a[1] ?? 0);
  }
  return sum;
}

/** True when the ring's first and last positions are identical (RFC 7946 §3.1.6). */
export function isRingClosed(ring: readonly Position[]): boolean {
  const first = ring[0];
  const last = ring[ring.length - 1];
  if (first === undefined || last === undefined || first.length !== last.length) return false;
  return first.every((v, i) => v === last[i]);
}

/** The polygons of a Polygon or MultiPolygon, each as its list of rings (outer first). */
export function polygonsOf(geometry: Polygon | MultiPolygon): Position[][][] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

/**
 * Rounds every [lng, lat] of a polygonal geometry to `decimals` places and drops degenerate
 * parts: a polygon whose outer ring has < 4 positions (ECharts keeps some 3-position "rings"),
 * and holes with < 4 positions. A single remaining polygon is returned as a Polygon.
 */
export function roundPolygonal(
  geometry: Polygon | MultiPolygon,
  decimals = 6,
): Polygon | MultiPolygon {
  const polygons: Position[][][] = [];
  for (const rings of polygonsOf(geometry)) {
    const rounded = rings.map((r) => r.map((p) => roundPosition(p, decimals)));
    const [outer, ...holes] = rounded;
    if (outer === undefined || outer.length < 4) continue;
    polygons.push([outer, ...holes.filter((h) => h.length >= 4)]);
  }
  const [only] = polygons;
  if (polygons.length === 1 && only !== undefined) return { type: 'Polygon', coordinates: only };
  return { type: 'MultiPolygon', coordinates: polygons };
}

/**
 * Orients rings as RFC 7946 §3.1.6 asks: outer rings counter-clockwise, holes clockwise.
 * Returns a new geometry; rings already oriented are copied as they are.
 */
export function orientRfc7946<G extends Polygon | MultiPolygon>(geometry: G): G {
  const orient = (rings: Position[][]) =>
    rings.map((ring, i) => {
      const ccw = ringSignedArea2(ring) > 0;
      return ccw === (i === 0) ? ring.slice() : ring.slice().reverse();
    });
  if (geometry.type === 'Polygon')
    return { ...geometry, coordinates: orient(geometry.coordinates) };
  return { ...geometry, coordinates: geometry.coordinates.map(orient) };
}
