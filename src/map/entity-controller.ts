import type { FeatureCollection } from 'geojson';
import maplibregl, { type MapGeoJSONFeature, type MapLayerMouseEvent } from 'maplibre-gl';
import type { EntityRef } from '../state/entity-selection-slice';
import { ClusterFeed, type ClusterKind } from './cluster-feed';
import { type ClusterRequest, viewSourceFor } from './cluster-source';
import { diamondImage } from './diamond-image';
import {
  CLUSTER_BOX_IMAGE,
  CLUSTER_BOX_SIZE,
  DIAMOND_IMAGE,
  ENTERPRISE_LAYER_IDS,
  ENTITY_LAYER_IDS,
  ENTITY_SOURCES,
  PROJECT_LAYER_IDS,
} from './entity-layers';
import { FrameHold } from './frame-hold';
import { setVisibility } from './layer-visibility';
import { skipRepeatPlacementFrame } from './placement-frame';
import { SerialGeoJson } from './serial-geojson';

export interface EntityHandlers {
  onEntityClick: (ref: EntityRef) => void;
  onEntityHover: (ref: EntityRef | null) => void;
  /** The record's display name in the current language (for the hover tooltip). */
  entityName: (ref: EntityRef) => string;
}

const POINT_LAYERS = [ENTITY_LAYER_IDS.enterprisePoints, ENTITY_LAYER_IDS.projectPoints];
const CLUSTER_LAYERS = [ENTITY_LAYER_IDS.enterpriseClusters, ENTITY_LAYER_IDS.projectClusters];

function refOf(f: MapGeoJSONFeature | undefined): EntityRef | null {
  const i = f?.properties?.i;
  if (typeof i !== 'number') return null;
  // A project site (dashed polygon) carries its project's index, like the project's point.
  const project = f?.source === ENTITY_SOURCES.projects || f?.source === ENTITY_SOURCES.sites;
  return { kind: project ? 'project' : 'enterprise', index: i };
}

const sourceOf = (ref: EntityRef) =>
  ref.kind === 'project' ? ENTITY_SOURCES.projects : ENTITY_SOURCES.enterprises;

/** Enterprise and project points: data, clusters, hover, selection. Owned by JlpMap. */
export class EntityController {
  private hovered: EntityRef | null = null;
  private selected: EntityRef | null = null;
  private readonly tooltip = new maplibregl.Popup({
    closeButton: false,
    closeOnClick: false,
    className: 'entity-tooltip',
    offset: 10,
  });
  private readonly clusters: ClusterFeed;
  private readonly serial: SerialGeoJson;

  constructor(
    private readonly map: maplibregl.Map,
    private readonly handlers: () => EntityHandlers,
  ) {
    map.addImage(DIAMOND_IMAGE, diamondImage(), { sdf: true, pixelRatio: 1 });
    map.addImage(CLUSTER_BOX_IMAGE, diamondImage(CLUSTER_BOX_SIZE), { sdf: true, pixelRatio: 1 });
    // Filter changes and pans draw no repeat frame (placement-frame.ts). Installed here, beside
    // the style, not in the first paint: until the first view is drawn, first-draw-gate.ts
    // keeps MapLibre from drawing at all.
    skipRepeatPlacementFrame(map.style);
    // New clusters appear in one frame once their tiles are rebuilt (frame-hold.ts).
    const hold = new FrameHold(map);
    this.serial = new SerialGeoJson(map, (id) => hold.hold(id));
    this.clusters = new ClusterFeed(map, (kind, data) => this.setData(kind, data));
    // For end-to-end tests and the benchmark, read from the page: the rendered features and
    // how many collections were handed to MapLibre.
    Object.defineProperties(map.getContainer(), {
      jlpMap: { value: map, configurable: true },
      jlpEntityUploads: { get: () => this.clusters.uploads, configurable: true },
    });
    for (const layer of POINT_LAYERS) {
      map.on('mousemove', layer, (e) => this.onPointMove(e));
      map.on('mouseleave', layer, () => this.onPointLeave());
    }
    // A site opens its project, not the zone under it.
    map.on('mouseenter', ENTITY_LAYER_IDS.siteFill, () => this.setCursor('pointer'));
    map.on('mouseleave', ENTITY_LAYER_IDS.siteFill, () => this.setCursor(''));
    for (const layer of CLUSTER_LAYERS) {
      map.on('mouseenter', layer, () => this.setCursor('zoom-in'));
      map.on('mouseleave', layer, () => this.setCursor(''));
    }
  }

  /** Handles a map click; returns true when it hit a point or a cluster. */
  handleClick(point: maplibregl.PointLike): boolean {
    const hit = this.map.queryRenderedFeatures(point, {
      layers: [...POINT_LAYERS, ...CLUSTER_LAYERS, ENTITY_LAYER_IDS.siteFill],
    })[0];
    if (!hit) return false;
    // Our clusters carry the zoom at which their records separate (cluster-view.ts).
    const zoom = hit.properties?.expansion_zoom;
    if (typeof zoom === 'number' && hit.geometry.type === 'Point') {
      const centre = hit.geometry.coordinates as [number, number];
      this.map.easeTo({ center: centre, zoom: Math.max(zoom, this.map.getZoom() + 1) });
      return true;
    }
    const ref = refOf(hit);
    if (ref) this.handlers().onEntityClick(ref);
    return ref !== null;
  }

  private onPointMove(e: MapLayerMouseEvent): void {
    const f = e.features?.[0];
    const ref = refOf(f);
    this.setCursor(ref ? 'pointer' : '');
    if (!ref || !f || f.geometry.type !== 'Point') return;
    this.tooltip
      .setLngLat(f.geometry.coordinates as [number, number])
      .setText(this.handlers().entityName(ref))
      .addTo(this.map);
    this.setHovered(ref);
    this.handlers().onEntityHover(ref);
  }

  private onPointLeave(): void {
    this.setCursor('');
    this.tooltip.remove();
    this.setHovered(null);
    this.handlers().onEntityHover(null);
  }

  private setCursor(cursor: string): void {
    this.map.getCanvas().style.cursor = cursor;
  }

  /** The filter result of one kind, drawn as our clusters of what is in and around the view. */
  setClusters(kind: ClusterKind, request: ClusterRequest): void {
    this.clusters.set(kind, viewSourceFor(request));
  }

  /** On a wall (scale k), clusters cover the same ground as at 1920×1080. */
  setClusterScale(k: number): void {
    this.clusters.setScale(k);
  }

  setData(kind: 'enterprises' | 'projects' | 'sites', data: FeatureCollection): void {
    // One collection at a time per source (serial-geojson.ts: a MapLibre leak otherwise).
    this.serial.set(ENTITY_SOURCES[kind], data, () => {
      // Feature-state lives with the features; re-apply it on the new data.
      if (this.selected) this.setState(this.selected, { selected: true });
    });
  }

  setVisible(kind: 'enterprises' | 'projects', visible: boolean): void {
    const ids = kind === 'enterprises' ? ENTERPRISE_LAYER_IDS : PROJECT_LAYER_IDS;
    for (const id of ids) setVisibility(this.map, id, visible);
  }

  /** Highlights a record hovered elsewhere (a list item); no tooltip. */
  setHovered(ref: EntityRef | null): void {
    if (this.hovered) this.setState(this.hovered, { hover: false });
    this.hovered = ref;
    if (ref) this.setState(ref, { hover: true });
  }

  setSelected(ref: EntityRef | null): void {
    if (this.selected) this.setState(this.selected, { selected: false });
    this.selected = ref;
    if (ref) this.setState(ref, { selected: true });
  }

  private setState(ref: EntityRef, state: Record<string, boolean>): void {
    this.map.setFeatureState({ source: sourceOf(ref), id: ref.index }, state);
  }

  destroy(): void {
    this.tooltip.remove();
  }
}
