import type maplibregl from 'maplibre-gl';

/**
 * The largest canvas the GPU can draw into, read from the map's own WebGL context.
 * MapLibre clamps canvases at 4096 px by default, which blurs 4K panels at DPR 2 and 32:9
 * walls; its docs say not to go above MAX_TEXTURE_SIZE, so that (and the renderbuffer and
 * viewport limits) bound it here. A throwaway context would cost a second context start-up,
 * which under software WebGL took over a second of the first load.
 */
export function gpuCanvasLimit(canvas: HTMLCanvasElement): [number, number] | null {
  // getContext returns the context the canvas already has (null for the other WebGL version).
  const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
  if (!gl) return null;
  const size = Math.min(
    Number(gl.getParameter(gl.MAX_TEXTURE_SIZE)),
    Number(gl.getParameter(gl.MAX_RENDERBUFFER_SIZE)),
  );
  const vp = gl.getParameter(gl.MAX_VIEWPORT_DIMS) as Int32Array | null;
  return [Math.min(size, vp?.[0] ?? size), Math.min(size, vp?.[1] ?? size)];
}

/** Lifts MapLibre's default 4096 px clamp to what the map's GPU context allows. */
export function liftCanvasLimit(map: maplibregl.Map): void {
  const limit = gpuCanvasLimit(map.getCanvas());
  if (!limit) return;
  // No public setter: the option is only read at construction and on every resize.
  map._maxCanvasSize = limit;
  const { clientWidth, clientHeight } = map.getContainer();
  const ratio = map.getPixelRatio();
  if (Math.max(clientWidth, clientHeight) * ratio > 4096) map.resize();
}
