/**
 * The largest canvas the GPU can draw into, read once from a throwaway WebGL context.
 * MapLibre clamps canvases at 4096 px by default, which blurs 4K panels at DPR 2 and 32:9
 * walls; its docs say not to go above MAX_TEXTURE_SIZE, so that (and the renderbuffer and
 * viewport limits) bound it here.
 */
let cached: [number, number] | null = null;

export function gpuCanvasLimit(): [number, number] {
  if (cached) return cached;
  let size = 4096;
  let dims: [number, number] = [size, size];
  try {
    const canvas = document.createElement('canvas');
    const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
    if (gl) {
      const tex = Number(gl.getParameter(gl.MAX_TEXTURE_SIZE));
      const rb = Number(gl.getParameter(gl.MAX_RENDERBUFFER_SIZE));
      const vp = gl.getParameter(gl.MAX_VIEWPORT_DIMS) as Int32Array | null;
      size = Math.min(tex, rb);
      dims = [Math.min(size, vp?.[0] ?? size), Math.min(size, vp?.[1] ?? size)];
      gl.getExtension('WEBGL_lose_context')?.loseContext();
    }
  } catch {
    // No WebGL here: MapLibre will report that itself; keep its default.
  }
  cached = dims;
  return dims;
}
