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

/** A size property at a zoom, for numbers and linear zoom interpolations (what our labels use). */
export function sizeAtZoom(value: Value, zoom: number): number | null {
  if (typeof value === 'number') return value;
  if (!Array.isArray(value) || value[0] !== 'interpolate') return null;
  const stops: [number, number][] = [];
  for (let i = 3; i + 1 < value.length; i += 2) {
    const out = sizeAtZoom(value[i + 1], zoom);
    if (typeof value[i] !== 'number' || out === null) return null;
    stops.push([value[i] as number, out]);
  }
  const first = stops[0];
  const last = stops[stops.length - 1];
  if (!first || !last) return null;
  if (zoom <= first[0]) return first[1];
  if (zoom >= last[0]) return last[1];
  const i = stops.findIndex(([z]) => z > zoom);
  const [z0, v0] = stops[i - 1] ?? first;
  const [z1, v1] = stops[i] ?? last;
  return v0 + ((v1 - v0) * (zoom - z0)) / (z1 - z0);
}

/** Rewrites the size properties of the given layers, remembering their designed values. */
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

/**
 * Writes what a wall shows onto the map container (data-display-scale, data-canvas-size,
 * data-label-size: the zone labels' text size in CSS px at the current zoom), so users' tools
 * and our tests can check the map is sharp and legible without reaching into MapLibre.
 */
export function reportDisplay(
  map: maplibregl.Map,
  scaler: DisplayScaler,
  labelLayer: string,
): void {
  const el = map.getContainer();
  const canvas = map.getCanvas();
  el.dataset.displayScale = String(Math.round(scaler.scale * 1000) / 1000);
  el.dataset.canvasSize = `${canvas.width}x${canvas.height}`;
  const size = map.getLayer(labelLayer)
    ? sizeAtZoom(map.getLayoutProperty(labelLayer, 'text-size'), map.getZoom())
    : null;
  if (size !== null) el.dataset.labelSize = String(Math.round(size * 100) / 100);
}
