import { area, length } from '@turf/turf';
import type { Feature, Geometry, LineString, MultiLineString } from 'geojson';

/** Geodesic (spherical, turf) area of a polygonal geometry in km²; [lng, lat] WGS-84 input. */
export function areaKm2(geometry: Geometry | Feature): number {
  return area(geometry) / 1e6;
}

/** Geodesic length of a line in km; [lng, lat] WGS-84 input. */
export function lengthKm(line: LineString | MultiLineString): number {
  return length({ type: 'Feature', properties: {}, geometry: line }, { units: 'kilometers' });
}

/** Rounds to `decimals` places, for figures written into data files (areas, lengths). */
export function roundTo(value: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}
