/** Picture sizes: multiples of the on-screen map, or print sizes at 300 dpi (landscape). */
export const PICTURE_SIZES = ['1x', '2x', '4x', 'a4', 'a3'] as const;
export type PictureSize = (typeof PICTURE_SIZES)[number];

export interface LegendEntry {
  label: string;
  colour: string;
  /** Parks have solid outlines, belts dashed; points are dots. */
  shape: 'solid' | 'dashed' | 'dot';
}

/** Everything drawn around the map; plain text, drawn with canvas fillText (never HTML). */
export interface PictureDecor {
  title: string;
  subtitle: string;
  legendTitle: string;
  legend: LegendEntry[];
  attribution: string[];
  dataDate: string;
  filterSummary: string;
  north: string;
}

export class PictureTooLargeError extends Error {
  constructor(
    readonly width: number,
    readonly height: number,
    readonly max: number,
  ) {
    super(`picture ${width}×${height} exceeds the GPU limit ${max}`);
  }
}

type Renderer = (size: PictureSize, decor: PictureDecor) => Promise<Blob>;
let renderer: Renderer | null = null;

/**
 * The map registers how to render it as a picture; the export UI asks through here, so
 * components never reach into src/map.
 */
export function registerPictureRenderer(fn: Renderer | null): void {
  renderer = fn;
}

export function renderPicture(size: PictureSize, decor: PictureDecor): Promise<Blob> {
  if (!renderer) return Promise.reject(new Error('map not ready'));
  return renderer(size, decor);
}
