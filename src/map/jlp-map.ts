import maplibregl, { type GeoJSONSource, type MapLayerMouseEvent } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { FeatureCollection } from 'geojson';
import { isZoneId, ZONE_IDS, type ZoneId } from '../domain/zone';
import type { Lang } from '../i18n/translate';
import type { EntityRef } from '../state/entity-selection-slice';
import type { MapView } from '../state/url-hash';
import type { MapState } from '../state/view-slice';
import { EntityController, type EntityHandlers } from './entity-controller';
import { LOCAL_FONT_FAMILY } from './fonts';
import {
  LAYERS,
  labelText,
  SOURCES,
  TEXT_LAYERS,
  withZones,
  ZONE_BASE_FILTERS,
} from './layer-specs';
import { offlineStyle } from './style';

export type BBox = [number, number, number, number];

export interface JlpMapHandlers extends EntityHandlers {
  onZoneClick: (id: ZoneId) => void;
  onZoneHover: (id: ZoneId | null) => void;
  onMoveEnd: (view: MapView, bounds: [number, number, number, number]) => void;
  onStateChange: (state: MapState, error?: string) => void;
}

export interface JlpMapOptions {
  initialView: MapView | null;
  /** Frame used when there is no initial view: [west, south, east, north], WGS-84. */
  initialBounds: BBox;
  lang: Lang;
  /** Read on every event, so handlers can change without rebinding listeners. */
  handlers: () => JlpMapHandlers;
}

const ZONE_INTERACTIVE = [LAYERS.zoneFill];

/** The one place MapLibre is driven from. React talks to it through this narrow API. */
export class JlpMap {
  private readonly map: maplibregl.Map;
  private readonly handlers: () => JlpMapHandlers;
  private hovered: ZoneId | null = null;
  private externalHover: ZoneId | null = null;
  private selected: ZoneId | null = null;
  private zonesSet = false;
  private dataSettled = false;
  private reportedIdle = false;
  private styleReady = false;
  private pending: (() => void)[] = [];
  private entities: EntityController | null = null;

  constructor(container: HTMLElement, options: JlpMapOptions) {
    this.handlers = options.handlers;
    const view = options.initialView;
    this.map = new maplibregl.Map({
      container,
      style: offlineStyle(),
      ...(view
        ? {
            center: [view.lng, view.lat],
            zoom: view.zoom,
            bearing: view.bearing,
            pitch: view.pitch,
          }
        : { bounds: options.initialBounds, fitBoundsOptions: { padding: 40 } }),
      localIdeographFontFamily: LOCAL_FONT_FAMILY,
      attributionControl: false,
      // Large LED walls and 4K panels: allow canvases beyond MapLibre's 4096 px default.
      maxCanvasSize: [8192, 8192],
      minZoom: 7,
      maxZoom: 18,
      dragRotate: false,
      pitchWithRotate: false,
      fadeDuration: 0,
    });
    // Read-only handle for diagnostics and the e2e tests (rendered-feature queries); not an API.
    Object.defineProperty(container, 'jlpMaplibre', { value: this.map });
    this.map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-left');
    this.map.addControl(new maplibregl.ScaleControl({ unit: 'metric' }), 'bottom-left');
    this.map.touchZoomRotate.disableRotation();
    this.map.once('load', () => {
      this.styleReady = true;
      this.entities = new EntityController(this.map, this.handlers);
      for (const fn of this.pending.splice(0)) fn();
    });
    this.setLang(options.lang);
    this.bindEvents();
  }

  /** Style mutations wait for the style to load; calls made earlier run then, in order. */
  private whenReady(fn: () => void): void {
    if (this.styleReady) fn();
    else this.pending.push(fn);
  }

  private bindEvents(): void {
    const map = this.map;
    map.on('mousemove', LAYERS.zoneFill, (e) => this.onZoneMove(e));
    map.on('mouseleave', LAYERS.zoneFill, () => this.setHover(null, true));
    map.on('click', (e) => {
      if (this.entities?.handleClick(e.point)) return;
      const hits = map.queryRenderedFeatures(e.point, { layers: ZONE_INTERACTIVE });
      const id = hits[0]?.properties?.zone_id;
      if (isZoneId(id)) this.handlers().onZoneClick(id);
    });
    map.on('moveend', () => {
      const b = this.map.getBounds();
      this.handlers().onMoveEnd(this.currentView(), [
        b.getWest(),
        b.getSouth(),
        b.getEast(),
        b.getNorth(),
      ]);
    });
    map.on('idle', () => {
      this.reportIdleOnce();
      // A counter tools can watch to know the map settled after an interaction (benchmarks).
      const el = map.getContainer();
      el.dataset.idleCount = String(Number(el.dataset.idleCount ?? 0) + 1);
    });
    map.on('error', (e) => {
      // Only a failure before first paint leaves the user with no map; later errors are logged.
      if (!this.reportedIdle) this.handlers().onStateChange('error', e.error?.message ?? 'error');
    });
  }

  private reportIdleOnce(): void {
    if (this.dataSettled && !this.reportedIdle && this.map.loaded()) {
      this.reportedIdle = true;
      this.handlers().onStateChange('idle');
    }
  }

  /**
   * Every dataset has loaded or failed and what loaded has been handed over: the next `idle`
   * means the data is drawn. (A failed dataset shows a banner; the map still becomes usable.)
   */
  setDataSettled(): void {
    this.whenReady(() => {
      this.dataSettled = true;
      // If the map is already idle no new idle event comes; a repaint produces one.
      this.map.triggerRepaint();
    });
  }

  private onZoneMove(e: MapLayerMouseEvent): void {
    const id = e.features?.[0]?.properties?.zone_id;
    this.setHover(isZoneId(id) ? id : null, true);
  }

  private setHover(id: ZoneId | null, fromMap: boolean): void {
    const show = id ?? this.externalHover;
    if (show !== this.hovered) {
      if (this.hovered) this.setZoneState(this.hovered, { hover: false });
      if (show) this.setZoneState(show, { hover: true });
      this.hovered = show;
    }
    this.map.getCanvas().style.cursor = id ? 'pointer' : '';
    if (fromMap) this.handlers().onZoneHover(id);
  }

  private setZoneState(id: ZoneId, state: Record<string, boolean>): void {
    if (this.zonesSet) this.map.setFeatureState({ source: SOURCES.zones, id }, state);
  }

  /** The MapLibre map itself, for other classes under src/map (drawing); never for React. */
  get maplibre(): maplibregl.Map {
    return this.map;
  }

  currentView(): MapView {
    const c = this.map.getCenter();
    return {
      zoom: this.map.getZoom(),
      lat: c.lat,
      lng: c.lng,
      bearing: this.map.getBearing(),
      pitch: this.map.getPitch(),
    };
  }

  setDistrict(district: FeatureCollection): void {
    this.whenReady(() => {
      this.source(SOURCES.district).setData(district);
    });
  }

  setContext(context: FeatureCollection): void {
    this.whenReady(() => {
      this.source(SOURCES.context).setData(context);
    });
  }

  setLabels(labels: FeatureCollection): void {
    this.whenReady(() => {
      this.source(SOURCES.labels).setData(labels);
    });
  }

  setZones(zones: FeatureCollection): void {
    this.whenReady(() => {
      this.source(SOURCES.zones).setData(zones);
      this.zonesSet = true;
      if (this.selected) this.setZoneState(this.selected, { selected: true });
    });
  }

  setLang(lang: Lang): void {
    this.whenReady(() => {
      for (const id of TEXT_LAYERS) this.map.setLayoutProperty(id, 'text-field', labelText(lang));
    });
  }

  /** Hides zones with a layer filter: nothing is re-uploaded. */
  setZoneVisibility(visible: Record<ZoneId, boolean>): void {
    this.whenReady(() => {
      const shown = ZONE_IDS.filter((id) => visible[id]);
      for (const [layer, base] of Object.entries(ZONE_BASE_FILTERS)) {
        this.map.setFilter(layer, withZones(base, shown));
      }
    });
  }

  setLayerVisible(layerIds: readonly string[], visible: boolean): void {
    this.whenReady(() => {
      for (const id of layerIds)
        this.map.setLayoutProperty(id, 'visibility', visible ? 'visible' : 'none');
    });
  }

  setSelectedZone(id: ZoneId | null): void {
    this.whenReady(() => {
      if (this.selected) this.setZoneState(this.selected, { selected: false });
      this.selected = id;
      if (id) this.setZoneState(id, { selected: true });
    });
  }

  setEntityData(
    kind: 'enterprises' | 'projects' | 'sites',
    data: FeatureCollection | string,
  ): void {
    this.whenReady(() => this.entities?.setData(kind, data));
  }

  setEntityVisible(kind: 'enterprises' | 'projects', visible: boolean): void {
    this.whenReady(() => this.entities?.setVisible(kind, visible));
  }

  setSelectedEntity(ref: EntityRef | null): void {
    this.whenReady(() => this.entities?.setSelected(ref));
  }

  setHoveredEntity(ref: EntityRef | null): void {
    this.whenReady(() => this.entities?.setHovered(ref));
  }

  /** Flies to a point, [lng, lat], at street zoom (at least 15). */
  flyToPoint(at: [number, number]): void {
    this.map.flyTo({ center: at, zoom: Math.max(this.map.getZoom(), 15), duration: 800 });
  }

  /** A zone hovered elsewhere (the layers panel) lights up on the map too. */
  setExternalHover(id: ZoneId | null): void {
    this.externalHover = id;
    this.setHover(null, false);
  }

  fitBounds(bbox: BBox, padding: number | maplibregl.PaddingOptions, animate = true): void {
    this.map.fitBounds(bbox, { padding, animate, duration: animate ? 600 : 0, maxZoom: 15 });
  }

  jumpTo(view: MapView): void {
    this.map.jumpTo({
      center: [view.lng, view.lat],
      zoom: view.zoom,
      bearing: view.bearing,
      pitch: view.pitch,
    });
  }

  resize(): void {
    this.map.resize();
  }

  destroy(): void {
    this.entities?.destroy();
    this.map.remove();
  }

  private source(id: string): GeoJSONSource {
    const src = this.map.getSource<GeoJSONSource>(id);
    if (!src) throw new Error(`source ${id} missing from the style`);
    return src;
  }
}
