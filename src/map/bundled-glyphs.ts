import type maplibregl from 'maplibre-gl';
import glyphsUrl from '../../data/glyphs/labels.bin?url';
import {
  decodeGlyphs,
  fontKey,
  type GlyphSet,
  type SdfFontOptions,
  type SdfGlyph,
} from './glyph-file';

/**
 * The labels' glyphs from a bundled file instead of drawn at start-up.
 *
 * With no glyph server, MapLibre draws every glyph a label needs with TinySDF on the main
 * thread: the first view's 56 (the zone, district and neighbour names in Chinese, and the
 * cluster counts' digits) took 100–145 ms of it, on the way to the first complete frame. The
 * same signed-distance bitmaps, drawn once by `npm run data:glyphs` with the same options,
 * ship in data/glyphs/labels.bin; MapLibre's TinySDF is wrapped so a glyph that is in the file
 * comes from it and any other (English labels not in it, a user layer's names, counts with
 * other digits) is drawn as before. A file that is missing, late or broken changes nothing
 * but the time: every glyph is then drawn.
 *
 * MapLibre keeps TinySDF as a static of its GlyphManager class, reached through a map's style
 * (`map.style.glyphManager.constructor.TinySDF`): not public API, so each step is checked and
 * a MapLibre without it just draws its glyphs.
 */

interface TinySdf {
  draw(char: string): SdfGlyph;
}
type TinySdfClass = new (options: SdfFontOptions) => TinySdf;
interface GlyphManagerClass {
  TinySDF?: TinySdfClass;
}

/** What the page's maps took from the file and what they drew (diagnostics, tests, generator). */
export interface GlyphStats {
  /** Glyphs served from the file. */
  bundled: number;
  /** Glyphs drawn with TinySDF, by font key and char, in order (the first 1,000). */
  drawn: [string, string][];
  /** The options of every font MapLibre asked for, by key. */
  fonts: Record<string, SdfFontOptions>;
}

export const glyphStats: GlyphStats = { bundled: 0, drawn: [], fonts: {} };

let bundled: GlyphSet | null = null;
let loading: Promise<void> | null = null;

/** Starts reading the file (once); glyphs asked for before it has arrived are drawn. */
export function preloadBundledGlyphs(url: string = glyphsUrl): Promise<void> {
  loading ??= fetch(url)
    .then((r) => (r.ok ? r.arrayBuffer() : Promise.reject(new Error(`HTTP ${r.status}`))))
    .then((buffer) => {
      bundled = decodeGlyphs(buffer);
    })
    .catch(() => {
      // Without the file every glyph is drawn, as MapLibre does by itself.
    });
  return loading;
}

function wrap(Base: TinySdfClass): TinySdfClass {
  return class BundledTinySdf extends Base {
    readonly #key: string;
    constructor(options: SdfFontOptions) {
      super(options);
      this.#key = fontKey(options);
      glyphStats.fonts[this.#key] = { ...options };
    }
    override draw(char: string): SdfGlyph {
      const hit = bundled?.get(this.#key)?.get(char);
      if (hit) {
        glyphStats.bundled++;
        // A copy: MapLibre keeps the bitmap, and the file's buffer stays whole.
        return { ...hit, data: new Uint8ClampedArray(hit.data) };
      }
      if (glyphStats.drawn.length < 1000) glyphStats.drawn.push([this.#key, char]);
      return super.draw(char);
    }
  };
}

const wrapped = new WeakSet<GlyphManagerClass>();

/**
 * Serves the bundled glyphs to every map on the page (the class is shared), once; the file is
 * read by preloadBundledGlyphs, called before the map is made.
 */
export function serveBundledGlyphs(map: maplibregl.Map): void {
  const style = (map as unknown as { style?: { glyphManager?: object } }).style;
  const manager = style?.glyphManager?.constructor as GlyphManagerClass | undefined;
  if (!manager || wrapped.has(manager) || typeof manager.TinySDF !== 'function') return;
  manager.TinySDF = wrap(manager.TinySDF);
  wrapped.add(manager);
}
