import maplibregl, { type GeoJSONSource, type StyleSpecification } from 'maplibre-gl';
import {
  type PictureDecor,
  type PictureSize,
  PictureTooLargeError,
} from '../state/map-picture-port';
import { diamondImage } from './diamond-image';
import { DIAMOND_IMAGE } from './entity-layers';
import { LOCAL_FONT_FAMILY } from './fonts';
import { drawDecorations } from './picture-decor';

/** Print sizes at 300 dpi, landscape; CSS px are 1/96 in, so labels print at their screen size. */
const PRINT = { a4: [3508, 2480], a3: [4961, 3508] } as const;
const PRINT_RATIO = 300 / 96;

/** Pixel size, CSS size and pixel ratio of a picture of the map currently shown at w×h CSS px. */
export function pictureGeometry(size: PictureSize, w: number, h: number) {
  if (size === 'a4' || size === 'a3') {
    const [pw, ph] = PRINT[size];
    return {
      width: pw,
      height: ph,
      cssW: pw / PRINT_RATIO,
      cssH: ph / PRINT_RATIO,
      ratio: PRINT_RATIO,
    };
  }
  const k = Number(size.replace('x', ''));
  return { width: Math.round(w * k), height: Math.round(h * k), cssW: w, cssH: h, ratio: k };
}

/** The GPU's largest texture (and so canvas side) for WebGL, read from a throwaway context. */
export function maxTextureSize(): number {
  const gl = document.createElement('canvas').getContext('webgl2');
  const max = gl ? Number(gl.getParameter(gl.MAX_TEXTURE_SIZE)) : 4096;
  gl?.getExtension('WEBGL_lose_context')?.loseContext();
  return max;
}

/** The live style with every GeoJSON source's data inlined (Blob URLs may be revoked). */
async function styleSnapshot(map: maplibregl.Map): Promise<StyleSpecification> {
  const style = map.getStyle();
  for (const [id, source] of Object.entries(style.sources)) {
    if (source.type === 'geojson' && typeof source.data === 'string') {
      source.data = await (map.getSource(id) as GeoJSONSource).getData();
    }
  }
  return style;
}

function waitIdle(map: maplibregl.Map, ms: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('picture: map did not finish drawing')), ms);
    map.once('idle', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/**
 * Renders the map again, off-screen, at the picture's own size and pixel ratio (so labels and
 * symbols are drawn at that resolution, not stretched), then draws the decorations on top.
 */
export async function renderMapPicture(
  map: maplibregl.Map,
  size: PictureSize,
  decor: PictureDecor,
): Promise<Blob> {
  const screen = map.getContainer();
  const g = pictureGeometry(size, screen.clientWidth, screen.clientHeight);
  const max = maxTextureSize();
  if (g.width > max || g.height > max) throw new PictureTooLargeError(g.width, g.height, max);
  const holder = document.createElement('div');
  Object.assign(holder.style, {
    position: 'fixed',
    left: '-100000px',
    top: '0',
    width: `${g.cssW}px`,
    height: `${g.cssH}px`,
  });
  document.body.append(holder);
  let pic: maplibregl.Map | null = null;
  try {
    const style = await styleSnapshot(map);
    const print = size === 'a4' || size === 'a3';
    const b = map.getBounds();
    pic = new maplibregl.Map({
      container: holder,
      style,
      // Print sizes have their own aspect: show the same area; screen multiples, the same view.
      ...(print
        ? { bounds: b, bearing: map.getBearing() }
        : { center: map.getCenter(), zoom: map.getZoom(), bearing: map.getBearing() }),
      pixelRatio: g.ratio,
      maxCanvasSize: [max, max],
      interactive: false,
      attributionControl: false,
      canvasContextAttributes: { preserveDrawingBuffer: true },
      localIdeographFontFamily: LOCAL_FONT_FAMILY,
      fadeDuration: 0,
    });
    pic.on('styleimagemissing', (e) => {
      if (e.id === DIAMOND_IMAGE && !pic?.hasImage(DIAMOND_IMAGE))
        pic?.addImage(DIAMOND_IMAGE, diamondImage(), { sdf: true, pixelRatio: 1 });
    });
    await waitIdle(pic, 120_000);
    const gl = pic.getCanvas();
    if (gl.width < g.width || gl.height < g.height)
      throw new PictureTooLargeError(g.width, g.height, Math.min(gl.width, gl.height));
    const out = document.createElement('canvas');
    out.width = g.width;
    out.height = g.height;
    const ctx = out.getContext('2d');
    if (!ctx) throw new Error('picture: no 2D canvas');
    ctx.drawImage(gl, 0, 0, g.width, g.height);
    const lat = pic.getCenter().lat;
    drawDecorations(ctx, decor, {
      width: g.width,
      height: g.height,
      s: g.ratio,
      metresPerCssPx: (40075016.686 * Math.cos((lat * Math.PI) / 180)) / (512 * 2 ** pic.getZoom()),
      bearing: pic.getBearing(),
    });
    return await new Promise<Blob>((resolve, reject) =>
      out.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('picture: encoding failed'))),
        'image/png',
      ),
    );
  } finally {
    pic?.remove();
    holder.remove();
  }
}
