import type maplibregl from 'maplibre-gl';
import type { MapState } from '../state/view-slice';
import { BASEMAP_PREFIX } from './basemap-ids';
import { type GateableMap, holdFirstDraw } from './first-draw-gate';

export interface LifecycleHandlers {
  onStateChange: (state: MapState, error?: string) => void;
  /** An error after the first idle: the map still shows, but the user should know. */
  onLateError: (message: string) => void;
}

/**
 * The map's life as the app sees it: `idle` once every dataset has been handed over and drawn,
 * `error` before that, and later errors reported rather than swallowed.
 */
export class MapLifecycle {
  private dataSettled = false;
  private reportedIdle = false;
  /** Nothing is drawn before the first view can be drawn whole (first-draw-gate.ts). */
  private readonly firstDrawReady: () => void;

  constructor(
    private readonly map: maplibregl.Map,
    private readonly handlers: () => LifecycleHandlers,
  ) {
    // Which datasets the first frame held (`data-first-draw`: all, base, or timeout), for tools.
    this.firstDrawReady = holdFirstDraw(map as unknown as GateableMap, undefined, (why) => {
      map.getContainer().dataset.firstDraw =
        why === 'timeout' ? 'timeout' : this.dataSettled ? 'all' : 'base';
    });
    map.on('idle', () => {
      this.reportIdleOnce();
      // A counter tools can watch to know the map settled after an interaction (benchmarks).
      const el = map.getContainer();
      el.dataset.idleCount = String(Number(el.dataset.idleCount ?? 0) + 1);
    });
    map.on('error', (e) => this.onError(e));
  }

  /** Every dataset has loaded or failed: the next `idle` means the data is drawn. */
  settle(): void {
    this.dataSettled = true;
    this.firstDrawReady();
    // If the map is already idle no new idle event comes; a repaint produces one.
    this.map.triggerRepaint();
  }

  /** Lets the first frame be drawn before the records are in; `idle` still waits for them. */
  drawBaseFirst(): void {
    this.firstDrawReady();
    this.map.triggerRepaint();
  }

  /**
   * A part loaded on first use failed: reported, and settled, since the map's first idle waits
   * on the records' part (JlpMap.setDataSettled) and must not stay loading for it.
   */
  partFailed(error: unknown): void {
    this.settle();
    this.handlers().onLateError(String(error));
  }

  private reportIdleOnce(): void {
    if (this.dataSettled && !this.reportedIdle && this.map.loaded()) {
      this.reportedIdle = true;
      this.handlers().onStateChange('idle');
    }
  }

  private onError(e: maplibregl.ErrorEvent): void {
    // Basemap tiles failing is handled by falling back to the offline map, not as a map error.
    if ((e as { sourceId?: string }).sourceId?.startsWith(BASEMAP_PREFIX)) return;
    // Only a failure before first paint leaves the user with no map. MapLibre logs an error
    // only when nobody listens, so a later one is reported here or it would be lost.
    const message = e.error?.message ?? 'error';
    if (!this.reportedIdle) this.handlers().onStateChange('error', message);
    else {
      console.error('[map]', e.error ?? message);
      this.handlers().onLateError(message);
    }
  }
}
