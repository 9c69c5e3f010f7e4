import type { DrawnShape, LngLat } from '../domain/filter';
import { meanCrossings } from './band-count';
import { ALPHABET, decodeBbox, parseList, SCALE, validLngLat } from './coord-text';

/** Decoding of the shapes a link carries (coord-text.ts writes them): loaded with the link. */

/** 8 chunks × 5 bits: far beyond any delta of a valid coordinate, small enough to stay exact. */
const MAX_CHUNKS = 8;
/** A ring longer than this in a URL is not something our drawing tool makes. */
export const MAX_RING_VERTICES = 5000;
/**
 * A ring whose edges a horizontal line meets more often than this on average (a comb or a
 * zigzag) is refused: every tested point would look at that many edges. A hand-drawn outline
 * meets 2–10; 24 leaves room for any real one.
 */
export const MAX_MEAN_CROSSINGS = 24;
/** Largest circle radius a link may ask for: the district is about 40 km across. */
export const MAX_RADIUS_KM = 100;

/** Character code → digit (−1 outside the alphabet): a table, not indexOf per character. */
const DIGITS = Int8Array.from({ length: 128 }, (_, code) =>
  ALPHABET.indexOf(String.fromCharCode(code)),
);

function decodeVarints(text: string): number[] | null {
  const out: number[] = [];
  let value = 0;
  let factor = 1;
  let chunks = 0;
  for (let k = 0; k < text.length; k++) {
    const digit = DIGITS[text.charCodeAt(k)] ?? -1;
    if (digit < 0 || ++chunks > MAX_CHUNKS) return null;
    value += (digit & 31) * factor;
    factor *= 32;
    if ((digit & 32) === 0) {
      out.push(value % 2 === 0 ? value / 2 : -(value + 1) / 2);
      value = 0;
      factor = 1;
      chunks = 0;
    }
  }
  return chunks === 0 ? out : null;
}

/** Text → ring, or null when malformed, out of range or shorter than 3 vertices. */
export function decodeRing(text: string): LngLat[] | null {
  const deltas = decodeVarints(text);
  if (deltas === null || deltas.length % 2 !== 0) return null;
  const count = deltas.length / 2;
  if (count < 3 || count > MAX_RING_VERTICES) return null;
  const ring: LngLat[] = [];
  let x = 0;
  let y = 0;
  for (let i = 0; i < deltas.length; i += 2) {
    x += deltas[i] ?? 0;
    y += deltas[i + 1] ?? 0;
    const lng = x / SCALE;
    const lat = y / SCALE;
    if (!validLngLat(lng, lat)) return null;
    ring.push([lng, lat]);
  }
  return meanCrossings(ring) > MAX_MEAN_CROSSINGS ? null : ring;
}

/** One shape from its key and value, with the given id; null when malformed. */
export function decodeShape(key: string, value: string, id: string): DrawnShape | null {
  if (key === 'p') {
    const ring = decodeRing(value);
    return ring && { kind: 'polygon', id, ring };
  }
  if (key === 'r') {
    const bbox = decodeBbox(value);
    return bbox && { kind: 'rectangle', id, bbox };
  }
  const n = parseList(value, 3);
  if (n === null) return null;
  const [lng = 0, lat = 0, radiusKm = 0] = n;
  if (!validLngLat(lng, lat) || !(radiusKm >= 0 && radiusKm <= MAX_RADIUS_KM)) return null;
  return { kind: 'circle', id, center: [lng, lat], radiusKm };
}
