import type { DrawnShape, LngLat } from '../domain/filter';

/**
 * URL text for drawn shapes. Coordinates are quantised to 1e-5° (about 1 m), the precision a
 * shared link promises. Polygon rings use the polyline idea (zig-zag varints of deltas, five
 * bits per character) over the base64url alphabet, so no character needs percent-encoding
 * and a 50-vertex ring fits in about 300 characters.
 */
export const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
export const SCALE = 1e5;

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

export function parseList(text: string, length: number): number[] | null {
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
