import type { FeatureCollection } from 'geojson';
import maplibregl, {
  type GeoJSONSource,
  type MapGeoJSONFeature,
  type MapLayerMouseEvent,
} from 'maplibre-gl';
import type { EntityRef } from '../state/entity-selection-slice';
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

  constructor(
    private readonly map: maplibregl.Map,
    private readonly handlers: () => EntityHandlers,
  ) {
    map.addImage(DIAMOND_IMAGE, diamondImage(), { sdf: true, pixelRatio: 1 });
    map.addImage(CLUSTER_BOX_IMAGE, diamondImage(CLUSTER_BOX_SIZE), { sdf: true, pixelRatio: 1 });
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
    const clusterId = hit.properties?.cluster_id;
    if (typeof clusterId === 'number' && hit.geometry.type === 'Point') {
      const centre = hit.geometry.coordinates as [number, number];
      const source = this.map.getSource<GeoJSONSource>(hit.source);
      source?.getClusterExpansionZoom(clusterId).then((zoom) => {
        this.map.easeTo({ center: centre, zoom: Math.min(zoom + 0.5, 17) });
      });
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

  /** `data` may be a URL (a Blob URL of GeoJSON text), which MapLibre's worker fetches and parses. */
  setData(kind: 'enterprises' | 'projects' | 'sites', data: FeatureCollection | string): void {
    this.map.getSource<GeoJSONSource>(ENTITY_SOURCES[kind])?.setData(data);
    // Feature-state lives with the features; re-apply it on the new data.
    if (this.selected) this.setState(this.selected, { selected: true });
  }

  setVisible(kind: 'enterprises' | 'projects', visible: boolean): void {
    const ids = kind === 'enterprises' ? ENTERPRISE_LAYER_IDS : PROJECT_LAYER_IDS;
    for (const id of ids)
      this.map.setLayoutProperty(id, 'visibility', visible ? 'visible' : 'none');
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
