import type { HoldableMap } from './frame-hold';
import { SOURCES } from './layer-specs';

const BASE_SOURCES = [SOURCES.context, SOURCES.district, SOURCES.zones, SOURCES.labels];

/** What the hold uses of MapLibre's Map (unit tests pass a stand-in). */
export interface FirstHoldableMap extends HoldableMap {
  once(type: 'render', listener: () => void): unknown;
}

/**
 * Holds the map's frames from the style's load until the base datasets (district, context,
 * zones, labels) have been handed over and their tiles are loaded, then draws once.
 *
 * Why: the datasets arrive one after another (fetch, validation, labels) and MapLibre loads
 * each source's tiles in its worker, so without this it drew the empty map several times and
 * then the whole map again as each source's tiles came in: 11–12 frames before the first idle,
 * five of them full (160–220 draw calls each), against one or two full frames on a bare
 * MapLibre page given all its data at once. Under software WebGL each full frame costs
 * 0.2–0.5 s of the GPU process, so those frames were much of the app's gap to the bare page
 * (issue 11). Held, the base map appears in one frame; the records' sources are held by their
 * own FrameHold. Never while the camera moves, and never longer than `maxMs`.
 */
export class FirstLoadHold {
  /** Sources whose first data and tiles are still awaited. */
  private readonly waiting: Set<string>;
  /** Sources given their first data (an earlier empty source's events must not release it). */
  private readonly given = new Set<string>();
  private pending = false;
  private done = false;
  private readonly timer: ReturnType<typeof setTimeout>;

  constructor(
    private readonly map: FirstHoldableMap,
    ids: readonly string[] = BASE_SOURCES,
    maxMs = 10_000,
  ) {
    this.waiting = new Set(ids);
    const repaint = map.triggerRepaint.bind(map);
    // The first frame passes: MapLibre asks its worker for a source's tiles only while drawing
    // a frame, so without it no tile would load (and nothing would release the hold).
    let armed = false;
    map.triggerRepaint = () => {
      if (this.done || !armed) repaint();
      else this.pending = true;
    };
    this.flushTo = repaint;
    map.once('render', () => {
      armed = true;
    });
    map.on('sourcedata', (e) => {
      const id = e.sourceId;
      if (!id || !this.given.has(id) || e.sourceDataType === 'metadata') return;
      if (this.map.isSourceLoaded(id)) this.loaded(id);
    });
    map.on('movestart', () => this.finish());
    this.timer = setTimeout(() => this.finish(), maxMs);
  }

  private readonly flushTo: () => void;

  /** Call right before giving source `id` its data. */
  give(id: string): void {
    if (this.waiting.has(id)) this.given.add(id);
  }

  /** Every dataset has loaded or failed: a source never given data is not waited for. */
  settled(): void {
    for (const id of [...this.waiting]) if (!this.given.has(id)) this.waiting.delete(id);
    if (this.waiting.size === 0) this.finish();
  }

  /** True once the hold is over (frames pass through). */
  get released(): boolean {
    return this.done;
  }

  private loaded(id: string): void {
    this.waiting.delete(id);
    if (this.waiting.size === 0) this.finish();
  }

  private finish(): void {
    if (this.done) return;
    this.done = true;
    clearTimeout(this.timer);
    if (this.pending) this.flushTo();
    this.pending = false;
  }
}
