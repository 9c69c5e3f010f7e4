/** The parts of MapLibre's Map this needs (unit tests pass a stand-in). */
export interface HoldableMap {
  triggerRepaint(): void;
  isMoving(): boolean;
  isSourceLoaded(id: string): boolean;
  on(
    type: 'sourcedata',
    listener: (e: { sourceId?: string; sourceDataType?: string }) => void,
  ): unknown;
  on(type: 'movestart', listener: () => void): unknown;
}

/**
 * Holds the map's repaints while a source given new data reloads its tiles, then draws once.
 *
 * Why: a filter change hands our cluster sources a small new collection, and MapLibre reloads
 * each of their tiles in its worker. Without this it draws a frame at the data event (the old
 * tiles again), another as the first tile arrives, and more as the rest come in. Under
 * software WebGL a frame of the whole map costs 40–300 ms, each held back until the previous
 * one is on screen, so those frames made up most of a filter click's time to the map's idle
 * (issue 11), and they showed clusters of two filters side by side. Held, the new clusters
 * appear in one frame. Never while the camera moves (a pan or zoom keeps its frames), and never
 * longer than `maxMs`.
 */
export class FrameHold {
  private readonly held = new Set<string>();
  private pending = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly repaint: () => void;

  constructor(
    private readonly map: HoldableMap,
    private readonly maxMs = 2000,
  ) {
    this.repaint = map.triggerRepaint.bind(map);
    // MapLibre asks for every frame through triggerRepaint (data, tiles, feature-state, camera).
    map.triggerRepaint = () => {
      if (this.held.size > 0) this.pending = true;
      else this.repaint();
    };
    map.on('sourcedata', (e) => {
      // The metadata event comes before the tiles are asked to reload: not loaded yet then.
      if (!e.sourceId || !this.held.has(e.sourceId) || e.sourceDataType === 'metadata') return;
      if (this.map.isSourceLoaded(e.sourceId)) this.release(e.sourceId);
    });
    map.on('movestart', () => this.releaseAll());
  }

  /** Call right before giving source `id` new data. */
  hold(id: string): void {
    if (this.map.isMoving()) return;
    this.held.add(id);
    // A frame asked for before the hold (e.g. by another source's release a moment ago) would
    // still draw this source mid-reload: cancel it and ask again on release.
    if (cancelScheduledFrame(this.map)) this.pending = true;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.releaseAll(), this.maxMs);
  }

  private release(id: string): void {
    this.held.delete(id);
    if (this.held.size === 0) this.flush();
  }

  private releaseAll(): void {
    this.held.clear();
    this.flush();
  }

  private flush(): void {
    clearTimeout(this.timer);
    if (!this.pending) return;
    this.pending = false;
    this.repaint();
  }
}

/**
 * Cancels the animation frame MapLibre has already scheduled, if any (MapLibre 5's
 * `Map._frameRequest`, an AbortController whose abort cancels the requestAnimationFrame;
 * re-check on upgrade). True when one was cancelled.
 */
function cancelScheduledFrame(map: HoldableMap): boolean {
  const internal = map as unknown as { _frameRequest?: AbortController | null };
  const request = internal._frameRequest;
  if (!request) return false;
  request.abort();
  internal._frameRequest = null;
  return true;
}
