/**
 * A diamond as an SDF-ready alpha mask (size × size RGBA), so MapLibre can tint it per status
 * with icon-color and outline it with icon-halo: projects are told from the round enterprise
 * points by shape, not only by colour.
 */
export function diamondImage(size = 22): { width: number; height: number; data: Uint8Array } {
  const data = new Uint8Array(size * size * 4);
  const c = (size - 1) / 2;
  const r = c - 2;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      // Anti-aliased edge: coverage falls from 1 to 0 across one pixel around |dx| + |dy| = r.
      const d = Math.abs(x - c) + Math.abs(y - c) - r;
      const alpha = Math.max(0, Math.min(1, 0.5 - d));
      const o = (y * size + x) * 4;
      data[o] = 255;
      data[o + 1] = 255;
      data[o + 2] = 255;
      data[o + 3] = Math.round(alpha * 255);
    }
  }
  return { width: size, height: size, data };
}
