/**
 * The bundled label glyphs' file (data/glyphs/labels.bin, written by `npm run data:glyphs`):
 * signed-distance bitmaps MapLibre would otherwise draw with TinySDF at start-up, one set per
 * font (the TinySDF options MapLibre asked for). Layout, little-endian: a u32 length, that
 * many bytes of JSON (the header below), then every glyph's pixels, one byte each, in header
 * order.
 */

/** What TinySDF's draw returns, and what MapLibre reads of it. */
export interface SdfGlyph {
  data: Uint8ClampedArray;
  width: number;
  height: number;
  glyphWidth: number;
  glyphHeight: number;
  glyphTop: number;
  glyphLeft: number;
  glyphAdvance: number;
}

/** The options MapLibre constructs a TinySDF with; they decide every pixel it draws. */
export interface SdfFontOptions {
  fontSize?: number;
  buffer?: number;
  radius?: number;
  cutoff?: number;
  fontFamily?: string;
  fontWeight?: string | number;
  fontStyle?: string;
  lang?: string | null;
}

/** One key per distinct set of options: a glyph drawn with other options never matches. */
export function fontKey(o: SdfFontOptions): string {
  return JSON.stringify([
    o.fontSize ?? 24,
    o.buffer ?? 3,
    o.radius ?? 8,
    o.cutoff ?? 0.25,
    o.fontFamily ?? 'sans-serif',
    String(o.fontWeight ?? 'normal'),
    o.fontStyle ?? 'normal',
    o.lang ?? null,
  ]);
}

/** A glyph's numbers, in the order a header row lists them after its char. */
const METRICS = [
  'width',
  'height',
  'glyphWidth',
  'glyphHeight',
  'glyphTop',
  'glyphLeft',
  'glyphAdvance',
] as const;
type Metrics = Pick<SdfGlyph, (typeof METRICS)[number]>;

/** Per glyph: its char, then its METRICS. */
type GlyphRow = [string, ...number[]];

interface Header {
  version: 1;
  /** Where the pixels came from: the browser and fonts that drew them, and when. */
  provenance: string;
  fonts: { key: string; glyphs: GlyphRow[] }[];
}

/** font key → char → glyph. */
export type GlyphSet = Map<string, Map<string, SdfGlyph>>;

export function encodeGlyphs(set: GlyphSet, provenance: string): Uint8Array {
  const header: Header = { version: 1, provenance, fonts: [] };
  const pixels: Uint8ClampedArray[] = [];
  for (const [key, glyphs] of set) {
    const rows: GlyphRow[] = [];
    for (const [char, g] of glyphs) {
      if (g.data.length !== g.width * g.height) throw new Error(`glyph ${char}: bad bitmap size`);
      rows.push([char, ...METRICS.map((m) => g[m])]);
      pixels.push(g.data);
    }
    header.fonts.push({ key, glyphs: rows });
  }
  const json = new TextEncoder().encode(JSON.stringify(header));
  const size = 4 + json.length + pixels.reduce((n, p) => n + p.length, 0);
  const out = new Uint8Array(size);
  new DataView(out.buffer).setUint32(0, json.length, true);
  out.set(json, 4);
  let at = 4 + json.length;
  for (const p of pixels) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** The set in a file; throws on a file that is not one (wrong version, short, or malformed). */
export function decodeGlyphs(buffer: ArrayBuffer): GlyphSet {
  const view = new DataView(buffer);
  if (buffer.byteLength < 4) throw new Error('glyph file too short');
  const length = view.getUint32(0, true);
  if (4 + length > buffer.byteLength) throw new Error('glyph file header cut short');
  const header = JSON.parse(new TextDecoder().decode(new Uint8Array(buffer, 4, length))) as Header;
  if (header.version !== 1 || !Array.isArray(header.fonts)) throw new Error('not a glyph file');
  const set: GlyphSet = new Map();
  let at = 4 + length;
  for (const { key, glyphs } of header.fonts) {
    const byChar = new Map<string, SdfGlyph>();
    for (const [char, ...numbers] of glyphs) {
      const metrics = Object.fromEntries(METRICS.map((m, i) => [m, numbers[i]])) as Metrics;
      if (!METRICS.every((m) => Number.isFinite(metrics[m]))) throw new Error('not a glyph file');
      const n = metrics.width * metrics.height;
      if (at + n > buffer.byteLength) throw new Error('glyph file pixels cut short');
      byChar.set(char, { ...metrics, data: new Uint8ClampedArray(buffer, at, n) });
      at += n;
    }
    set.set(key, byChar);
  }
  if (at !== buffer.byteLength) throw new Error('glyph file has trailing bytes');
  return set;
}
