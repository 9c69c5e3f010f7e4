import type maplibregl from 'maplibre-gl';
import type { GeoJSONSource } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { FeatureCollection } from 'geojson';
import type { BasemapFailure, TileCrs } from '../domain/basemap';
import type { SceneCamera } from '../domain/briefing';
import type { ZoneId } from '../domain/zone';
import { pointForDisplay } from '../geo/display-shift';
import type { Lang } from '../i18n/translate';
import type { EntityRef } from '../state/entity-selection-slice';
import type { MapView } from '../state/url-hash';
import type { BasemapSpec } from './basemaps';
import { fitBox, flyToCamera, jumpToView, viewOf } from './camera';
import type { ClusterRequest } from './cluster-source';
import { type BBox, createMaplibre } from './create-map';
import type { DensityView } from './density-layers';
import { reportDisplay } from './display-report';
import { DisplaySources } from './display-sources';
import type { EntityHandlers } from './entity-controller';
import type { HighlightPoint } from './highlight-layers';
import { labelText, TEXT_LAYERS } from './label-layers';
import { LAYERS, SOURCES, zoneFillOpacity } from './layer-specs';
import { setVisibility } from './layer-visibility';
import { destroyParts, lazyParts, type MapParts } from './lazy-part';
import { type LifecycleHandlers, MapLifecycle } from './map-lifecycle';
import type { UserMapLayer } from './user-layers';
import { bindViewReport, type ViewReportHandlers } from './view-report';
import { ZoneHighlight } from './zone-highlight';
import { bindZonePointer, type ZonePointerHandlers } from './zone-pointer';

export type { BBox } from './create-map';

export interface JlpMapHandlers
  extends EntityHandlers,
    LifecycleHandlers,
    ZonePointerHandlers,
    ViewReportHandlers {}

export interface JlpMapOptions {
  initialView: MapView | null;
  /** Frame used when there is no initial view: [west, south, east, north], WGS-84. */
  initialBounds: BBox;
  lang: Lang;
  /** Read on every event, so handlers can change without rebinding listeners. */
  handlers: () => JlpMapHandlers;
}

/** The one place MapLibre is driven from. React talks to it through this narrow API. */
export class JlpMap {
  private readonly map: maplibregl.Map;
  private readonly handlers: () => JlpMapHandlers;
  private readonly zones: ZoneHighlight;
  private readonly lifecycle: MapLifecycle;
  private styleReady = false;
  private pending: (() => void)[] = [];
  private scale = 1;
  /**
   * Records and clusters, wall scaling, density, basemaps, user layers, highlight rings: loaded
   * when first used; calls made meanwhile run once they are there, in order (lazy-part.ts).
   */
  private readonly parts: MapParts;
  private onBasemapFail: (reason: BasemapFailure) => void = () => {};
  /** Our WGS-84 collections, sent shifted while a GCJ-02 basemap shows. */
  private readonly display = new DisplaySources((id, fc) => {
    if (id === 'sites') this.parts.entities.run((e) => e.setData('sites', fc));
    else this.source(id).setData(fc);
  });

  constructor(container: HTMLElement, options: JlpMapOptions) {
    this.handlers = options.handlers;
    this.map = createMaplibre(container, options.initialView, options.initialBounds);
    this.zones = new ZoneHighlight(this.map);
    this.lifecycle = new MapLifecycle(this.map, this.handlers);
    this.parts = lazyParts(
      this.map,
      this.handlers,
      (r) => this.onBasemapFail(r),
      (error) => this.lifecycle.partFailed(error),
    );
    // Sources exist from `style.load`: data goes to MapLibre as soon as it has loaded, not at
    // `load` (every empty source tiled and drawn: 3–4 s later under software WebGL, issue 11).
    this.map.once('style.load', () => {
      this.styleReady = true;
      this.parts.entities.run(() => undefined);
      for (const fn of this.pending.splice(0)) fn();
    });
    this.setLang(options.lang);
    bindZonePointer(
      this.map,
      this.zones,
      this.handlers,
      (p) => this.parts.entities.loaded?.handleClick(p) ?? false,
    );
    this.reportView = bindViewReport(this.map, () => this.scale, this.handlers);
  }

  /** Style mutations wait for the style to load; calls made earlier run then, in order. */
  private whenReady(fn: () => void): void {
    if (this.styleReady) fn();
    else this.pending.push(fn);
  }

  /** Reports the view and, after the next idle, the visible box (every move's end does). */
  private reportView = () => {};

  /**
   * Every dataset has loaded or failed and what loaded has been handed over (the records'
   * clusters queued before this call too): the next `idle` means the data is drawn.
   */
  setDataSettled(): void {
    this.whenReady(() => this.parts.entities.run(() => this.lifecycle.settle()));
  }

  /** Draws zones, outlines and labels now, not in one frame with the records (first-draw-gate). */
  drawBaseFirst(): void {
    this.whenReady(() => this.lifecycle.drawBaseFirst());
  }

  /** The MapLibre map itself, for other classes under src/map (drawing); never for React. */
  get maplibre(): maplibregl.Map {
    return this.map;
  }

  currentView(): MapView {
    return viewOf(this.map);
  }

  setDistrict(district: FeatureCollection): void {
    this.whenReady(() => this.display.set(SOURCES.district, district));
  }

  setContext(context: FeatureCollection): void {
    this.whenReady(() => this.display.set(SOURCES.context, context));
  }

  setLabels(labels: FeatureCollection): void {
    this.whenReady(() => this.display.set(SOURCES.labels, labels));
  }

  setZones(zones: FeatureCollection): void {
    this.whenReady(() => {
      this.display.set(SOURCES.zones, zones);
      this.zones.zonesReady();
    });
  }

  setLang(lang: Lang): void {
    this.whenReady(() => {
      for (const id of TEXT_LAYERS) this.map.setLayoutProperty(id, 'text-field', labelText(lang));
    });
  }

  /** Hides zones with a layer filter: nothing is re-uploaded. */
  setZoneVisibility(visible: Record<ZoneId, boolean>): void {
    this.whenReady(() => this.zones.show(visible));
  }

  setLayerVisible(layerIds: readonly string[], visible: boolean): void {
    this.whenReady(() => {
      for (const id of layerIds) setVisibility(this.map, id, visible);
    });
  }

  setSelectedZone(id: ZoneId | null): void {
    this.whenReady(() => this.zones.select(id));
  }

  setEntityData(kind: 'sites', data: FeatureCollection): void {
    this.whenReady(() => this.display.set(kind, data));
  }

  setEntityClusters(kind: 'enterprises' | 'projects', request: ClusterRequest): void {
    this.whenReady(() => this.parts.entities.run((e) => e.setClusters(kind, request)));
  }

  setEntityVisible(kind: 'enterprises' | 'projects', visible: boolean): void {
    this.whenReady(() => this.parts.entities.run((e) => e.setVisible(kind, visible)));
  }

  setSelectedEntity(ref: EntityRef | null): void {
    this.whenReady(() => this.parts.entities.run((e) => e.setSelected(ref)));
  }

  setHoveredEntity(ref: EntityRef | null): void {
    this.whenReady(() => this.parts.entities.run((e) => e.setHovered(ref)));
  }

  /**
   * Rings the records a briefing scene highlights ([lng, lat], WGS-84), above any cluster,
   * moved for display like our points when the basemap's grid is `crs`.
   */
  setHighlights(points: readonly HighlightPoint[], crs: TileCrs): void {
    const shown = points.map((p) => ({ ...p, at: pointForDisplay(p.at, crs) }));
    this.whenReady(() =>
      this.parts.highlights.run((h) => {
        // New layers take the wall's scale like the others.
        if (h.set(shown)) this.parts.scaler.run((s) => s.apply(this.scale), this.scale !== 1);
      }, shown.length > 0),
    );
  }

  /** Shows the density of the filter result as hexagons or a heatmap; null hides it. */
  setDensity(view: DensityView | null): void {
    this.whenReady(() => this.parts.density.run((d) => d.set(view), view !== null));
  }

  /** Lights a density cell focused in the panel's list (keyboard users); null for none. */
  setDensityFocus(key: number | null): void {
    this.whenReady(() => this.parts.density.run((d) => d.setFocused(key), false));
  }

  /** The user's imported layers, drawn in their colours (see user-layers.ts). */
  setUserLayers(layers: readonly UserMapLayer[]): void {
    this.whenReady(() => this.parts.userLayers.run((u) => u.set(layers), layers.length > 0));
  }

  /** Lights the user zone (its layer id) whose panel is open, like a selected plan zone. */
  setSelectedUserLayer(id: string | null): void {
    this.whenReady(() => this.parts.userLayers.run((u) => u.select(id), id !== null));
  }

  /** Flies to a point, [lng, lat], at street zoom (at least 15). */
  flyToPoint(at: [number, number]): void {
    this.map.flyTo({
      center: pointForDisplay(at, this.display.current),
      zoom: Math.max(this.map.getZoom(), 15),
      duration: 800,
    });
  }

  /** A zone hovered elsewhere (the layers panel) lights up on the map too. */
  setExternalHover(id: ZoneId | null): void {
    this.zones.setExternal(id);
  }

  fitBounds(bbox: BBox, padding: number | maplibregl.PaddingOptions, animate = true): void {
    // Not moved (already there): the view is reported all the same, as after a move.
    if (!fitBox(this.map, bbox, padding, animate)) this.reportView();
  }

  jumpTo(view: MapView): void {
    jumpToView(this.map, view);
  }

  /** Grows text, symbols and line widths by k on walls; 1 is the designed size. */
  setDisplayScale(k: number): void {
    // A wall starts fetching the scaler at once, not when the style is ready.
    if (k !== 1) void import('./display-scale');
    this.whenReady(() => {
      this.scale = k;
      const report = () => reportDisplay(this.map, k, LAYERS.zoneLabels);
      this.parts.scaler.run((s) => {
        s.apply(k);
        report();
      }, k !== 1);
      // Designed sizes (k = 1) need no scaler: reported at once.
      if (k === 1) report();
    });
  }

  /** A scene's camera: a flight, or a cut when motion is unwanted or the duration is 0. */
  flyToCamera(camera: SceneCamera, reducedMotion: boolean): void {
    flyToCamera(this.map, camera, reducedMotion);
  }

  resize(): void {
    this.map.resize();
  }

  /**
   * Shows a basemap under the data (`offline` removes it). `onFail` hears why tiles could not
   * be fetched; the basemap is then already gone and the offline map shows.
   */
  setBasemap(spec: BasemapSpec, onFail: (reason: BasemapFailure) => void): void {
    this.onBasemapFail = onFail;
    // The offline map is the style itself: the controller loads for the first online basemap.
    this.whenReady(() => this.parts.basemaps.run((b) => b.apply(spec), spec.id !== 'offline'));
  }

  /** The zones' fill opacity at rest (0–1). */
  setZoneOpacity(base: number): void {
    this.whenReady(() =>
      this.map.setPaintProperty(LAYERS.zoneFill, 'fill-opacity', zoneFillOpacity(base)),
    );
  }

  /** The grid the basemap is drawn in; a GCJ-02 one gets our data shifted for display. */
  setDisplayCrs(crs: TileCrs): void {
    this.whenReady(() => {
      if (this.display.setCrs(crs)) this.map.getContainer().dataset.displayCrs = crs;
    });
  }

  destroy(): void {
    destroyParts(this.parts);
    this.map.remove();
  }

  private source(id: string): GeoJSONSource {
    const src = this.map.getSource<GeoJSONSource>(id);
    if (!src) throw new Error(`source ${id} missing from the style`);
    return src;
  }
}
