import type { Feature, Geometry, Position } from 'geojson';

// turf's spherical ring area (its earthRadius, 6371008.8 m), written out so the first paint,
// which sums the areas of users' zones, does not carry turf; a unit test checks it against turf.
const FACTOR = (6371008.8 * 6371008.8) / 2;
const RAD = Math.PI / 180;

function ringArea(ring: readonly Position[]): number {
  const n = ring.length - 1;
  if (n <= 2) return 0;
  let total = 0;
  for (let i = 0; i < n; i++) {
    const lower = ring[i] as Position;
    const middle = ring[i + 1 === n ? 0 : i + 1] as Position;
    const upper = ring[i + 2 >= n ? (i + 2) % n : i + 2] as Position;
    total +=
      ((upper[0] as number) - (lower[0] as number)) * RAD * Math.sin((middle[1] as number) * RAD);
  }
  return total * FACTOR;
}

function polygonArea(rings: readonly Position[][]): number {
  let total = 0;
  rings.forEach((ring, i) => {
    total += i === 0 ? Math.abs(ringArea(ring)) : -Math.abs(ringArea(ring));
  });
  return total;
}

function geometryArea(geometry: Geometry | null): number {
  if (!geometry) return 0;
  switch (geometry.type) {
    case 'Polygon':
      return polygonArea(geometry.coordinates);
    case 'MultiPolygon':
      return geometry.coordinates.reduce((sum, p) => sum + polygonArea(p), 0);
    case 'GeometryCollection':
      return geometry.geometries.reduce((sum, g) => sum + geometryArea(g), 0);
    default:
      return 0;
  }
}

/** Geodesic (spherical, as turf) area of a polygonal geometry in km²; [lng, lat] WGS-84 input. */
export function areaKm2(geometry: Geometry | Feature): number {
  return geometryArea(geometry.type === 'Feature' ? geometry.geometry : geometry) / 1e6;
}

/** Rounds to `decimals` places, for figures written into data files (areas, lengths). */
export function roundTo(value: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}
