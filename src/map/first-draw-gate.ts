/** The parts of MapLibre 5's Map this needs (`painter` is internal: re-check on upgrade). */
export interface GateableMap {
  painter?: { render(...args: unknown[]): void; style?: unknown };
  loaded(): boolean;
  triggerRepaint(): void;
}

/**
 * Draws the first view in one frame: MapLibre's frames run from the start (they advance tile
 * loading), but its painter draws nothing until every dataset has been handed over and every
 * source's tiles are in, or until `maxMs` have passed, so a slow source never leaves the map
 * blank for longer. Then it steps aside for good.
 *
 * Why: the datasets and their tiles arrive one after another, and each arrival drew a frame of
 * the whole map: 8–12 frames to idle, 2–5 of them full, where a bare MapLibre page drawing the
 * same files draws one or two. Under software WebGL each full frame costs the GPU process
 * 100–300 ms, so navigation to idle took twice the bare page's time (issue 11). The loading
 * overlay covers the map meanwhile, and `idle` still comes only after the drawn frame.
 */
export class FirstDrawGate {
  private ready = false;
  private done = false;
  private readonly timer: ReturnType<typeof setTimeout>;

  constructor(
    private readonly map: GateableMap,
    maxMs = 8000,
  ) {
    const painter = map.painter;
    const render = painter?.render;
    if (!painter || typeof render !== 'function') this.done = true;
    else {
      painter.render = (...args: unknown[]) => {
        if (!this.done && !(this.ready && map.loaded())) {
          // What render would have set first: tiles arriving read their layers through it.
          painter.style = args[0];
          return;
        }
        painter.render = render;
        this.stop();
        render.apply(painter, args);
      };
    }
    this.timer = setTimeout(() => this.open(), maxMs);
  }

  /** Every dataset has been handed over: draw once the sources' tiles are in. */
  dataReady(): void {
    this.ready = true;
    this.map.triggerRepaint();
  }

  /** Draws from the next frame on, whatever has loaded. */
  open(): void {
    if (this.done) return;
    this.stop();
    this.map.triggerRepaint();
  }

  /** Also when the map is removed: no late repaint of a removed map. */
  stop(): void {
    this.done = true;
    clearTimeout(this.timer);
  }
}
