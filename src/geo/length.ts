import { length } from '@turf/turf';
import type { LineString, MultiLineString } from 'geojson';

/** Geodesic length of a line in km; [lng, lat] WGS-84 input. */
export function lengthKm(line: LineString | MultiLineString): number {
  return length({ type: 'Feature', properties: {}, geometry: line }, { units: 'kilometers' });
}
