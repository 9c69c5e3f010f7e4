/**
 * The briefing's highlight ring layers. Apart from highlight-layers.ts, which loads with the
 * first highlighted record, because the wall scaling (scaled-layers.ts) lists them from the start.
 */
export const HIGHLIGHT_LAYER_IDS = {
  halo: 'briefing-highlight-halo',
  ring: 'briefing-highlight-ring',
} as const;
