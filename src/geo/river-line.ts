import { featureCollection, union } from '@turf/turf';
import type {
  Feature,
  LineString,
  MultiLineString,
  MultiPolygon,
  Polygon,
  Position,
} from 'geojson';
import { polygonsOf, ringSignedArea2 } from './ring';
import { distanceToEdgesKm, ringEdges, ringRuns } from './shared-boundary';

/** [west, south, east, north] in WGS-84 degrees. */
export type LngLatBox = [number, number, number, number];

export interface RiverOptions {
  /** How far (km) a near-bank vertex may lie from the far-bank outline and still count. */
  toleranceKm: number;
  /** Boxes whose vertices are land borders even though they touch a far-bank district. */
  landBorders: readonly LngLatBox[];
}

function inBox(p: Position, [w, s, e, n]: LngLatBox): boolean {
  const [lng = Number.NaN, lat = Number.NaN] = p;
  return lng >= w && lng <= e && lat >= s && lat <= n;
}

/** The outer ring of the largest polygon of the union of the near-bank districts, CCW. */
function nearBankOuterRing(nearBank: readonly (Polygon | MultiPolygon)[]): Position[] {
  const features = nearBank.map(
    (geometry): Feature<Polygon | MultiPolygon> => ({ type: 'Feature', properties: {}, geometry }),
  );
  const merged = union(featureCollection(features));
  if (merged === null) throw new Error('river-line: empty near bank');
  let best: Position[] = [];
  for (const rings of polygonsOf(merged.geometry)) {
    const outer = rings[0] ?? [];
    if (Math.abs(ringSignedArea2(outer)) > Math.abs(ringSignedArea2(best))) best = outer;
  }
  return ringSignedArea2(best) < 0 ? best.slice().reverse() : best;
}

/**
 * A river that forms the administrative border, drawn along that border: the runs of the
 * near-bank districts' merged outline (WGS-84 [lng, lat]) that lie within `toleranceKm` of a
 * far-bank district's outline. Works with boundaries that were simplified independently and so
 * share only some vertices. The outer ring is counter-clockwise, so with the land on the left
 * the line runs downstream when the near bank is the river's left bank.
 */
export function riverAlongBoundary(
  nearBank: readonly (Polygon | MultiPolygon)[],
  farBank: readonly (Polygon | MultiPolygon)[],
  options: RiverOptions,
): LineString | MultiLineString {
  const edges = ringEdges(farBank);
  const ring = nearBankOuterRing(nearBank);
  const runs = ringRuns(
    ring,
    (p) =>
      !options.landBorders.some((box) => inBox(p, box)) &&
      distanceToEdgesKm(p, edges) <= options.toleranceKm,
  );
  const [only] = runs;
  if (runs.length === 1 && only !== undefined) return { type: 'LineString', coordinates: only };
  return { type: 'MultiLineString', coordinates: runs };
}
