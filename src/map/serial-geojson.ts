import type { FeatureCollection } from 'geojson';
import type maplibregl from 'maplibre-gl';
import type { GeoJSONSource } from 'maplibre-gl';

/** A collection never waits longer than this for the previous one to be drawn. */
const MAX_WAIT_MS = 3000;

/**
 * Hands each GeoJSON source one collection at a time: while the source's tiles are still being
 * built from the previous collection, the newest one waits (any older waiting one is dropped)
 * and goes as soon as they are done.
 *
 * Why: a briefing changes the filter and then the camera at every scene, so two collections
 * followed each other within milliseconds and every tile was reloaded while its previous build
 * was still being parsed: wasted worker time, and in MapLibre 5.24 a leaked request per reload
 * (released by superseded-tile-requests.ts); this keeps the wasted reloads away.
 */
export class SerialGeoJson {
  private readonly waiting = new Map<string, { send: () => void; since: number }>();

  constructor(
    private readonly map: maplibregl.Map,
    /** Runs right before a source is given its collection (frame-hold.ts). */
    private readonly beforeSend?: (id: string) => void,
  ) {
    // 'render' runs before MapLibre decides the map is idle, so a waiting collection goes out
    // before anyone is told the map has settled.
    map.on('render', () => this.flush());
    map.on('sourcedata', () => this.flush());
  }

  /** Sets the source's data now or as soon as its tiles are built; `after` runs once sent. */
  set(id: string, data: FeatureCollection, after?: () => void): void {
    const send = () => {
      this.beforeSend?.(id);
      this.map.getSource<GeoJSONSource>(id)?.setData(data);
      after?.();
    };
    this.waiting.set(id, { send, since: this.waiting.get(id)?.since ?? performance.now() });
    this.flush();
    // Nothing renders while a hidden source sits loading: look again later regardless.
    if (this.waiting.has(id)) setTimeout(() => this.flush(), MAX_WAIT_MS);
  }

  private flush(): void {
    const now = performance.now();
    for (const [id, w] of this.waiting) {
      if (!this.ready(id) && now - w.since < MAX_WAIT_MS) continue;
      this.waiting.delete(id);
      w.send();
    }
  }

  private ready(id: string): boolean {
    return this.map.getSource(id) !== undefined && this.map.isSourceLoaded(id);
  }
}
