/** The parts of MapLibre 5's Map this needs (`painter` is internal: re-check on upgrade). */
export interface GateableMap {
  painter?: { render(...args: unknown[]): void; style?: unknown };
  loaded(): boolean;
  /** Set by `_render` before it paints: the symbol placement needs another frame. */
  _placementDirty?: boolean;
  triggerRepaint(): void;
  on(type: 'remove', listener: () => void): unknown;
}

/**
 * Draws the first view in one frame: MapLibre's frames run from the start (they advance tile
 * loading), but its painter draws nothing until the returned `ready` has been called (every
 * dataset handed over) and every source's tiles are in, or until `maxMs` have passed, so a slow
 * source never leaves the map blank for longer. Then it steps aside for good. The caller asks
 * for a frame after `ready` (MapLifecycle.settle does).
 *
 * Why: the datasets and their tiles arrive one after another, and each arrival drew a frame of
 * the whole map: 8–12 frames to idle, 2–5 of them full, where a bare MapLibre page drawing the
 * same files draws one or two. Under software WebGL each full frame costs the GPU process
 * 100–300 ms, so navigation to idle took twice the bare page's time (issue 11). The loading
 * overlay covers the map meanwhile, and `idle` still comes only after the drawn frame.
 *
 * `onDraw` hears, once, why the first frame was drawn: `ready` was called, or the cap passed.
 */
export function holdFirstDraw(
  map: GateableMap,
  maxMs = 8000,
  onDraw?: (why: 'ready' | 'timeout') => void,
): () => void {
  const painter = map.painter;
  const render = painter?.render;
  let ready = false;
  let timedOut = false;
  let done = !render;
  const stop = () => {
    done = true;
    clearTimeout(timer);
  };
  const timer = setTimeout(() => {
    if (done) return;
    timedOut = true;
    stop();
    map.triggerRepaint();
  }, maxMs);
  // A removed map must not be asked for a frame.
  map.on('remove', stop);
  if (painter && render) {
    painter.render = (...args: unknown[]) => {
      // A placement spread over frames (a busy machine) would draw labels in two goes.
      if (done || (ready && map.loaded() && !map._placementDirty)) {
        painter.render = render;
        stop();
        render.apply(painter, args);
        onDraw?.(timedOut ? 'timeout' : 'ready');
      } else {
        // What render sets first: tiles arriving read their layers through it.
        painter.style = args[0];
      }
    };
  }
  return () => {
    ready = true;
  };
}
