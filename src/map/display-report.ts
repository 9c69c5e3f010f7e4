import type maplibregl from 'maplibre-gl';

type Value = unknown;

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

/**
 * Writes what a wall shows onto the map container (data-display-scale, data-canvas-size,
 * data-label-size: the zone labels' text size in CSS px at the current zoom), so users' tools
 * and our tests can check the map is sharp and legible without reaching into MapLibre.
 */
export function reportDisplay(map: maplibregl.Map, scale: number, labelLayer: string): void {
  const el = map.getContainer();
  const canvas = map.getCanvas();
  el.dataset.displayScale = String(Math.round(scale * 1000) / 1000);
  el.dataset.canvasSize = `${canvas.width}x${canvas.height}`;
  const size = map.getLayer(labelLayer)
    ? sizeAtZoom(map.getLayoutProperty(labelLayer, 'text-size'), map.getZoom())
    : null;
  if (size !== null) el.dataset.labelSize = String(Math.round(size * 100) / 100);
}
