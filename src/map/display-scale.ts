import type maplibregl from 'maplibre-gl';

/** Sizes in pixels that should grow on a wall, by layer type: text, symbols, circles, lines. */
const SIZES: Record<string, { layout: readonly string[]; paint: readonly string[] }> = {
  symbol: { layout: ['text-size', 'icon-size'], paint: ['text-halo-width', 'icon-halo-width'] },
  circle: { layout: [], paint: ['circle-radius', 'circle-stroke-width'] },
  line: { layout: [], paint: ['line-width'] },
};

type Value = unknown;

/** Positions of the outputs in a MapLibre expression whose outputs we can scale one by one. */
function outputPositions(expr: readonly Value[]): number[] | null {
  const op = expr[0];
  const at = (from: number, to: number) => {
    const out: number[] = [];
    for (let i = from; i < to; i += 2) out.push(i);
    return out;
  };
  if (op === 'interpolate') return at(4, expr.length);
  if (op === 'step') return [2, ...at(4, expr.length)];
  if (op === 'match') return [...at(3, expr.length - 1), expr.length - 1];
  if (op === 'case') return [...at(2, expr.length - 1), expr.length - 1];
  return null;
}

/**
 * A size property multiplied by k. Zoom expressions must stay at the top of a property, so
 * interpolate/step/match/case have their outputs scaled rather than being wrapped in a product.
 */
export function scaleSize(value: Value, k: number): Value {
  if (typeof value === 'number') return value * k;
  if (!Array.isArray(value)) return value;
  const positions = outputPositions(value);
  if (!positions) return ['*', value, k];
  const out = [...value];
  for (const i of positions) out[i] = scaleSize(value[i], k);
  return out;
}

/**
 * Rewrites the size properties of the given layers, remembering their designed values. Not in
 * the first paint: JlpMap loads it when the scale is first other than 1 (a wall, a briefing).
 */
export class DisplayScaler {
  private readonly original = new Map<string, Value>();
  private k = 1;

  constructor(
    private readonly map: maplibregl.Map,
    private readonly layerIds: () => readonly string[],
    /** Regroups point clusters for a scale (they are gathered within a radius in pixels). */
    private readonly scaleClusters: (k: number) => void,
  ) {}

  get scale(): number {
    return this.k;
  }

  apply(k: number): void {
    if (k !== this.k) this.scaleClusters(k);
    this.k = k;
    for (const id of this.layerIds()) {
      const sizes = SIZES[this.map.getLayer(id)?.type ?? ''];
      if (!sizes) continue;
      for (const prop of sizes.layout) this.rewrite(id, prop, 'layout');
      for (const prop of sizes.paint) this.rewrite(id, prop, 'paint');
    }
  }

  /** The designed (unscaled) value of a property, or undefined if the layer has none. */
  designed(id: string, prop: string): Value {
    return this.original.get(`${id}|${prop}`);
  }

  private rewrite(id: string, prop: string, kind: 'layout' | 'paint'): void {
    const key = `${id}|${prop}`;
    if (!this.original.has(key)) {
      const v =
        kind === 'layout'
          ? this.map.getLayoutProperty(id, prop)
          : this.map.getPaintProperty(id, prop);
      if (v === undefined) return;
      this.original.set(key, v);
    }
    const next = scaleSize(this.original.get(key), this.k);
    if (kind === 'layout') this.map.setLayoutProperty(id, prop, next);
    else this.map.setPaintProperty(id, prop, next as never);
  }
}
