import type maplibregl from 'maplibre-gl';
import {
  TerraDrawCircleMode,
  TerraDrawPointMode,
  TerraDrawPolygonMode,
  TerraDrawRectangleMode,
  TerraDrawRenderMode,
  TerraDrawSelectMode,
} from 'terra-draw';
import { MODE_NAMES } from './draw-shapes';

/** terra-draw's set-up on the MapLibre map: modes and styles, start-up timing, map clicks. */

/**
 * Drawn shapes: an ink outline, distinct from the coloured zones beneath them, over a light
 * tint of the selection colour — the inside is what is kept, so it must not read as greyed out.
 */
const INK = '#1f2328';
const ACCENT = '#0a4f8a';
const WHITE = '#ffffff';
const TINT_OPACITY = 0.12;

const SHAPE_STYLES = {
  fillColor: ACCENT,
  fillOpacity: TINT_OPACITY,
  outlineColor: INK,
  outlineWidth: 2,
} as const;

const HANDLE_STYLES = {
  closingPointColor: WHITE,
  closingPointWidth: 6,
  closingPointOutlineColor: INK,
  closingPointOutlineWidth: 2,
  coordinatePointColor: WHITE,
  coordinatePointWidth: 4,
  coordinatePointOutlineColor: INK,
  coordinatePointOutlineWidth: 2,
} as const;

const SELECT_STYLES = {
  selectedPolygonColor: ACCENT,
  selectedPolygonFillOpacity: 0.15,
  selectedPolygonOutlineColor: ACCENT,
  selectedPolygonOutlineWidth: 3,
  selectionPointColor: WHITE,
  selectionPointWidth: 6,
  selectionPointOutlineColor: ACCENT,
  selectionPointOutlineWidth: 3,
  midPointColor: ACCENT,
  midPointWidth: 4,
  midPointOutlineColor: WHITE,
  midPointOutlineWidth: 2,
} as const;

/**
 * Select-mode rules per shape kind. Circles only move: their radius is typed in the shape list,
 * because terra-draw's resize handles change the ring but not the stored radius.
 */
const SELECT_FLAGS = {
  [MODE_NAMES.polygon]: {
    feature: {
      draggable: true,
      coordinates: { draggable: true, midpoints: true, deletable: true },
    },
  },
  [MODE_NAMES.rectangle]: {
    feature: { draggable: true, coordinates: { resizable: 'opposite' as const } },
  },
  [MODE_NAMES.circle]: { feature: { draggable: true } },
};

/** Every mode the controller switches between, styled alike. */
export function createDrawModes() {
  return [
    new TerraDrawPolygonMode({ styles: { ...SHAPE_STYLES, ...HANDLE_STYLES } }),
    // Drag (mouse) or two clicks (touch, keyboard-free pointers) both draw.
    new TerraDrawRectangleMode({
      drawInteraction: 'click-move-or-drag',
      styles: SHAPE_STYLES,
    }),
    new TerraDrawCircleMode({
      drawInteraction: 'click-move-or-drag',
      styles: SHAPE_STYLES,
    }),
    // Its points live for an instant: the controller turns each click into a circle.
    new TerraDrawPointMode({ styles: { pointColor: INK, pointWidth: 4 } }),
    new TerraDrawSelectMode({ flags: SELECT_FLAGS, styles: SELECT_STYLES }),
    // Shapes from a link that terra-draw's editors reject (a self-crossing ring) still show.
    new TerraDrawRenderMode({
      modeName: MODE_NAMES.fixed,
      styles: {
        polygonFillColor: ACCENT,
        polygonFillOpacity: TINT_OPACITY,
        polygonOutlineColor: INK,
        polygonOutlineWidth: 2,
      },
    }),
  ];
}

/**
 * Runs `fn` once the style is loaded (terra-draw adds its sources and layers on start). 'load'
 * brings the style; a controller made after 'load' waits for the next idle instead. Returns a
 * function that cancels the wait.
 */
export function whenStyleLoaded(map: maplibregl.Map, fn: () => void): () => void {
  if (map.isStyleLoaded()) {
    fn();
    return () => {};
  }
  const cancel = () => {
    map.off('load', ready);
    map.off('idle', ready);
  };
  const ready = (e: { type: string }) => {
    if (e.type !== 'load' && !map.isStyleLoaded()) return;
    cancel();
    fn();
  };
  map.on('load', ready);
  map.on('idle', ready);
  return cancel;
}

/** The adapter draws polygon outlines solid; long dashes set drawn shapes apart from zone borders. */
export function dashOutlines(map: maplibregl.Map, prefix: string): void {
  const layer = `${prefix}-polygon-outline`;
  if (map.getLayer(layer)) map.setPaintProperty(layer, 'line-dasharray', [4, 2]);
}

/**
 * While a tool is active, clicks on the map belong to the drawing: MapLibre must not also select
 * a zone or zoom on a double-click. A finished shape resets the tool before the browser sends
 * the gesture's click and dblclick, so the tool is judged at pointerdown. Returns a remover.
 */
export function guardMapClicks(map: maplibregl.Map, toolActive: () => boolean): () => void {
  let drawingGesture = false;
  const down = () => {
    drawingGesture = toolActive();
  };
  const swallow = (e: Event) => {
    if (drawingGesture && e.target === map.getCanvas()) e.stopPropagation();
  };
  const el = map.getContainer();
  const listeners = [
    ['pointerdown', down],
    ['click', swallow],
    ['dblclick', swallow],
  ] as const;
  for (const [type, fn] of listeners) el.addEventListener(type, fn, true);
  return () => {
    for (const [type, fn] of listeners) el.removeEventListener(type, fn, true);
  };
}
