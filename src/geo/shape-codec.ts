import type { DrawnShape, LngLat } from '../domain/filter';
import { meanCrossings } from './band-count';

/**
 * URL text for drawn shapes. Coordinates are quantised to 1e-5° (about 1 m), the precision a
 * shared link promises. Polygon rings use the polyline idea (zig-zag varints of deltas, five
 * bits per character) over the base64url alphabet, so no character needs percent-encoding
 * and a 50-vertex ring fits in about 300 characters.
 */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const SCALE = 1e5;
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

export function quantize(v: number): number {
  return Math.round(v * SCALE);
}

/** A number as the shortest decimal text, 1e-5 steps, without a '+' (URLSearchParams reads it as a space). */
export function formatFixed5(v: number): string {
  return formatNumber(quantize(v) / SCALE);
}

export function formatNumber(v: number): string {
  return String(v).replace('e+', 'e');
}

const NUMBER_TEXT = /^-?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/** Strict decimal parse: no hex, no blanks, no Infinity; null when not a finite number. */
export function parseNumber(text: string): number | null {
  if (!NUMBER_TEXT.test(text)) return null;
  const n = Number(text);
  return Number.isFinite(n) ? n : null;
}

function encodeVarint(n: number): string {
  // Zig-zag in arithmetic rather than bit operations: stays exact past 2³¹.
  let z = n < 0 ? -2 * n - 1 : 2 * n;
  let out = '';
  do {
    const chunk = z % 32;
    z = Math.floor(z / 32);
    out += ALPHABET[z > 0 ? chunk + 32 : chunk];
  } while (z > 0);
  return out;
}

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

export function validLngLat(lng: number, lat: number): boolean {
  return Math.abs(lng) <= 180 && Math.abs(lat) <= 90;
}

/** A ring's vertices as given (a closing vertex stays), [lng, lat] degrees → text. */
export function encodeRing(ring: readonly LngLat[]): string {
  let px = 0;
  let py = 0;
  let out = '';
  for (const [lng, lat] of ring) {
    const x = quantize(lng);
    const y = quantize(lat);
    out += encodeVarint(x - px) + encodeVarint(y - py);
    px = x;
    py = y;
  }
  return out;
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

function parseList(text: string, length: number): number[] | null {
  const parts = text.split(',');
  if (parts.length !== length) return null;
  const nums = parts.map(parseNumber);
  return nums.every((n): n is number => n !== null) ? nums : null;
}

/** `[west, south, east, north]` text, or null when malformed, out of range or empty. */
export function decodeBbox(text: string): [number, number, number, number] | null {
  const n = parseList(text, 4);
  if (n === null) return null;
  const [w = 0, s = 0, e = 0, north = 0] = n;
  const valid = validLngLat(w, s) && validLngLat(e, north) && w < e && s < north;
  return valid ? [w, s, e, north] : null;
}

export function encodeBbox(bbox: readonly number[]): string {
  return bbox.map(formatFixed5).join(',');
}

/** The URL part of one shape (key and value); the shape id is not kept. */
export function encodeShape(shape: DrawnShape): string {
  switch (shape.kind) {
    case 'polygon':
      return `p:${encodeRing(shape.ring)}`;
    case 'rectangle':
      return `r:${encodeBbox(shape.bbox)}`;
    case 'circle':
      return `o:${[...shape.center, shape.radiusKm].map(formatFixed5).join(',')}`;
  }
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
