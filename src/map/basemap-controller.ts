import type maplibregl from 'maplibre-gl';
import type { LayerSpecification, SourceSpecification, StyleSpecification } from 'maplibre-gl';
import { type BasemapFailure, FATAL_TILE_STATUSES } from '../domain/basemap';
import { BASEMAP_PREFIX } from './basemap-ids';
import { type BasemapSpec, OPENFREEMAP_STYLE, rasterSources } from './basemaps';
import { ENTITY_LAYER_IDS } from './entity-layers';
import { TEXT_LAYERS } from './label-layers';
import { LAYERS } from './layer-specs';
import { perFeature } from './shared-programs';

/** No tile at all within this time: the source is treated as unreachable. */
const TILE_TIMEOUT_MS = 15_000;
/** Our own layers go above the basemap: it is inserted under the first of them. */
const FIRST_OWN_LAYER = LAYERS.neighbourFill;
/** OpenFreeMap's glyph server has this font; our Latin labels use it while its style is on. */
const REMOTE_FONT = ['Noto Sans Regular'];
const OWN_TEXT_LAYERS = [
  ...TEXT_LAYERS,
  ENTITY_LAYER_IDS.enterpriseClusterCount,
  ENTITY_LAYER_IDS.projectClusterCount,
];

/** HTTP status of a MapLibre load error (AJAXError), or null for a network failure. */
function statusOf(error: unknown): number | null {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' && status > 0 ? status : null;
}

/**
 * Puts a basemap under our layers and takes it away again; reports when its tiles cannot be
 * fetched (a fatal HTTP status, a network error before any tile, no tile in time) so the app
 * can fall back to the offline map. Owned by JlpMap.
 */
export class BasemapController {
  private ids: { sources: string[]; layers: string[] } = { sources: [], layers: [] };
  private generation = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private gotTile = false;
  private remoteGlyphs = false;

  constructor(
    private readonly map: maplibregl.Map,
    private readonly onFail: (reason: BasemapFailure) => void,
  ) {
    map.on('error', (e) => this.onError(e as { sourceId?: string; error?: unknown }));
    map.on('sourcedata', (e) => {
      if (e.sourceId?.startsWith(BASEMAP_PREFIX) && e.tile) this.gotTile = true;
    });
  }

  /** Replaces the current basemap; `offline` just removes it. */
  apply(spec: BasemapSpec): void {
    this.clear();
    const gen = ++this.generation;
    const online = spec.id !== 'offline';
    this.setOwnBaseFills(!online);
    if (!online) return;
    if ((spec.id === 'tdt-vec' || spec.id === 'tdt-img') && !spec.tiandituKey) {
      this.fail({ kind: 'no-key' });
      return;
    }
    this.gotTile = false;
    this.timer = setTimeout(() => {
      if (gen === this.generation && !this.gotTile) this.fail({ kind: 'timeout' });
    }, TILE_TIMEOUT_MS);
    const raster = rasterSources(spec);
    if (raster) {
      raster.forEach((source, i) => {
        this.add(`${BASEMAP_PREFIX}${i}`, source, { type: 'raster' });
      });
    } else if (spec.id === 'ofm') void this.loadVectorStyle(gen);
  }

  private add(id: string, source: SourceSpecification, layer: Partial<LayerSpecification>): void {
    this.map.addSource(id, source);
    this.ids.sources.push(id);
    this.map.addLayer({ ...layer, id, source: id } as LayerSpecification, FIRST_OWN_LAYER);
    this.ids.layers.push(id);
  }

  /**
   * A remote vector style brings its own sources, glyphs and sprite. Its layers are added under
   * ours with prefixed ids; CJK text still comes from local fonts (localIdeographFontFamily).
   */
  private async loadVectorStyle(gen: number): Promise<void> {
    let style: StyleSpecification;
    try {
      const res = await fetch(OPENFREEMAP_STYLE, { signal: AbortSignal.timeout(TILE_TIMEOUT_MS) });
      if (!res.ok) throw Object.assign(new Error(res.statusText), { status: res.status });
      style = (await res.json()) as StyleSpecification;
    } catch (error) {
      if (gen !== this.generation) return;
      const status = statusOf(error);
      const timedOut = error instanceof DOMException && error.name === 'TimeoutError';
      this.fail(
        status ? { kind: 'http', status } : timedOut ? { kind: 'timeout' } : { kind: 'network' },
      );
      return;
    }
    if (gen !== this.generation) return;
    if (style.glyphs) {
      this.map.setGlyphs(style.glyphs);
      this.remoteGlyphs = true;
      for (const id of OWN_TEXT_LAYERS) this.map.setLayoutProperty(id, 'text-font', REMOTE_FONT);
    }
    if (typeof style.sprite === 'string') this.map.setSprite(style.sprite);
    for (const [id, source] of Object.entries(style.sources)) {
      this.map.addSource(`${BASEMAP_PREFIX}${id}`, source);
      this.ids.sources.push(`${BASEMAP_PREFIX}${id}`);
    }
    for (const layer of style.layers) {
      const id = `${BASEMAP_PREFIX}${layer.id}`;
      const source = 'source' in layer ? `${BASEMAP_PREFIX}${layer.source}` : undefined;
      this.map.addLayer(
        { ...layer, id, ...(source ? { source } : {}) } as LayerSpecification,
        FIRST_OWN_LAYER,
      );
      this.ids.layers.push(id);
    }
  }

  private onError(e: { sourceId?: string; error?: unknown }): void {
    if (!e.sourceId?.startsWith(BASEMAP_PREFIX) || this.ids.sources.length === 0) return;
    const status = statusOf(e.error);
    // A missing tile at the edge of coverage is normal once others have loaded.
    if (status && (FATAL_TILE_STATUSES as readonly number[]).includes(status))
      this.fail({ kind: 'http', status });
    else if (!this.gotTile) this.fail(status ? { kind: 'http', status } : { kind: 'network' });
  }

  private fail(reason: BasemapFailure): void {
    this.clear();
    this.setOwnBaseFills(true);
    this.onFail(reason);
  }

  /** Our grey surroundings and river are the offline map; over a real one they would hide it. */
  private setOwnBaseFills(offline: boolean): void {
    // Per feature when shown (one fill program, shared-programs.ts); a constant 0 when hidden,
    // which MapLibre skips drawing.
    const fill = offline ? perFeature(1) : 0;
    this.map.setPaintProperty(LAYERS.neighbourFill, 'fill-opacity', fill);
    this.map.setPaintProperty(LAYERS.districtFill, 'fill-opacity', fill);
    this.map.setPaintProperty(LAYERS.river, 'line-opacity', offline ? 1 : 0);
    this.map.setPaintProperty(LAYERS.zoneHalo, 'line-opacity', offline ? 0 : 0.85);
  }

  private clear(): void {
    clearTimeout(this.timer);
    this.generation++;
    for (const id of this.ids.layers.splice(0)) if (this.map.getLayer(id)) this.map.removeLayer(id);
    for (const id of this.ids.sources.splice(0))
      if (this.map.getSource(id)) this.map.removeSource(id);
    if (this.remoteGlyphs) {
      this.remoteGlyphs = false;
      this.map.setGlyphs(null);
      this.map.setSprite(null);
      for (const id of OWN_TEXT_LAYERS) this.map.setLayoutProperty(id, 'text-font', undefined);
    }
  }

  destroy(): void {
    clearTimeout(this.timer);
  }
}
