import gcoord from 'gcoord';
import type { Geometry, Position } from 'geojson';
import type { Crs } from '../domain/provenance';
import { mapPositions } from './crs-positions';

const GCOORD_CRS = {
  'WGS-84': gcoord.WGS84,
  'GCJ-02': gcoord.GCJ02,
  'BD-09': gcoord.BD09,
} as const;

/**
 * Converts one [lng, lat] position in degrees between WGS-84, GCJ-02 and BD-09.
 * gcoord leaves points outside China untouched, as the GCJ-02 offset is only defined there.
 * Returns a new array; any altitude is dropped because the conversions are 2-D.
 */
export function convertPosition(position: Position, from: Crs, to: Crs): Position {
  const [lng, lat] = position;
  if (lng === undefined || lat === undefined) throw new Error('convertPosition: need [lng, lat]');
  if (from === to) return [lng, lat];
  const out = gcoord.transform<[number, number]>([lng, lat], GCOORD_CRS[from], GCOORD_CRS[to]);
  return [out[0], out[1]];
}

/** Converts every [lng, lat] position of a geometry (degrees) from one CRS to another. */
export function convertGeometry<G extends Geometry>(geometry: G, from: Crs, to: Crs): G {
  return mapPositions(geometry, (p) => convertPosition(p, from, to));
}

/** Rounds a position's degrees to `decimals` places (6 ≈ 0.1 m, finer than any of our sources). */
export function roundPosition(position: Position, decimals = 6): Position {
  const f = 10 ** decimals;
  return position.map((v) => Math.round(v * f) / f);
}
