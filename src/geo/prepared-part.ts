import type { MultiPolygon, Polygon, Position } from 'geojson';
import { bandCountFor } from './band-count';

/** An axis-aligned box in degrees: [west, south, east, north] as separate fields for speed. */
export interface Box {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

/**
 * One polygon (outer ring and holes) ready for fast point tests.
 * An edge is named by the index of its first vertex k: from (coords[2k], coords[2k+1]) to the
 * next vertex. Edges that meet latitude band b are bandEdges[bandStart[b] .. bandStart[b+1]),
 * so a test looks only at the few edges near the point's latitude.
 */
export interface PreparedPart extends Box {
  /** Every ring of the polygon, each closed, concatenated: lng0, lat0, lng1, lat1, … */
  coords: Float64Array;
  /** Every edge once (ring closures included, links between rings excluded). */
  edges: Uint32Array;
  bandCount: number;
  /** Bands per degree of latitude. */
  bandScale: number;
  bandStart: Uint32Array;
  bandEdges: Uint32Array;
}

/** Prepares any Polygon/MultiPolygon ([lng, lat]), e.g. the district outline, for pointInParts. */
export function prepareGeometry(geometry: Polygon | MultiPolygon): PreparedPart[] {
  const polys = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polys.map(preparePart);
}

export function preparePart(rings: Position[][]): PreparedPart {
  const closed = rings.map(closeRing);
  const total = closed.reduce((n, r) => n + r.length, 0);
  const coords = new Float64Array(total * 2);
  const edges: number[] = [];
  let k = 0;
  for (const ring of closed) {
    ring.forEach((p, i) => {
      coords[2 * (k + i)] = p[0] ?? Number.NaN;
      coords[2 * (k + i) + 1] = p[1] ?? Number.NaN;
      if (i < ring.length - 1) edges.push(k + i);
    });
    k += ring.length;
  }
  const box = boxOf(coords);
  return { ...box, coords, edges: Uint32Array.from(edges), ...buildBands(coords, edges, box) };
}

function closeRing(ring: Position[]): Position[] {
  const first = ring[0];
  const last = ring[ring.length - 1];
  if (!first || !last || (first[0] === last[0] && first[1] === last[1])) return ring;
  return [...ring, first];
}

function boxOf(coords: Float64Array): Box {
  const box = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
  for (let i = 0; i < coords.length; i += 2) {
    const x = coords[i] as number;
    const y = coords[i + 1] as number;
    if (x < box.minX) box.minX = x;
    if (x > box.maxX) box.maxX = x;
    if (y < box.minY) box.minY = y;
    if (y > box.maxY) box.maxY = y;
  }
  return box;
}

/** The latitude band of y; monotone in y, which makes the band index exact (see buildBands). */
export function bandOf(part: Pick<PreparedPart, 'minY' | 'bandScale' | 'bandCount'>, y: number) {
  const b = Math.floor((y - part.minY) * part.bandScale);
  return b < 0 ? 0 : b >= part.bandCount ? part.bandCount - 1 : b;
}

// An edge goes into every band from bandOf(its lowest y) to bandOf(its highest y). Because
// bandOf is monotone, any point whose latitude lies within an edge's range (the only edges
// that can count as a crossing or hold the point) finds that edge in its own band.
function buildBands(coords: Float64Array, edges: number[], box: Box) {
  const span = box.maxY - box.minY;
  let extent = 0;
  for (const e of edges) {
    extent += Math.abs((coords[2 * e + 3] as number) - (coords[2 * e + 1] as number));
  }
  const wanted = Math.min(4096, Math.ceil(edges.length / 2));
  const bandCount = bandCountFor(edges.length, extent, span, wanted);
  const bandScale = span > 0 ? bandCount / span : 0;
  const part = { minY: box.minY, bandScale, bandCount };
  const range = (e: number): [number, number] => {
    const y1 = coords[2 * e + 1] as number;
    const y2 = coords[2 * e + 3] as number;
    return [bandOf(part, Math.min(y1, y2)), bandOf(part, Math.max(y1, y2))];
  };
  const bandStart = new Uint32Array(bandCount + 1);
  for (const e of edges) {
    const [lo, hi] = range(e);
    for (let b = lo; b <= hi; b++) bandStart[b + 1] = (bandStart[b + 1] as number) + 1;
  }
  for (let b = 0; b < bandCount; b++) {
    bandStart[b + 1] = (bandStart[b + 1] as number) + (bandStart[b] as number);
  }
  const bandEdges = new Uint32Array(bandStart[bandCount] as number);
  const fill = bandStart.slice(0, bandCount);
  for (const e of edges) {
    const [lo, hi] = range(e);
    for (let b = lo; b <= hi; b++) {
      const at = fill[b] as number;
      bandEdges[at] = e;
      fill[b] = at + 1;
    }
  }
  return { bandCount, bandScale, bandStart, bandEdges };
}
