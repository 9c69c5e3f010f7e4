import type maplibregl from 'maplibre-gl';
import { ZONE_IDS, type ZoneId } from '../domain/zone';
import { LAYERS, SOURCES, withZones, ZONE_BASE_FILTERS } from './layer-specs';

/**
 * Hover and selection of zones as MapLibre feature state. A zone hovered elsewhere (the
 * layers panel) lights up as well; the map's own hover wins while the pointer is on a zone.
 */
export class ZoneHighlight {
  private hovered: ZoneId | null = null;
  private external: ZoneId | null = null;
  private selected: ZoneId | null = null;
  private zonesSet = false;
  /** The outline layer starts hidden: one shader program fewer to build before first idle. */
  private layerShown = false;

  constructor(private readonly map: maplibregl.Map) {}

  /** Hides zones with a layer filter on every zone-bound layer: nothing is re-uploaded. */
  show(visible: Record<ZoneId, boolean>): void {
    const shown = ZONE_IDS.filter((id) => visible[id]);
    for (const [layer, base] of Object.entries(ZONE_BASE_FILTERS)) {
      this.map.setFilter(layer, withZones(base, shown));
    }
  }

  /** The zones source has data: feature state can be set (and the selection re-applied). */
  zonesReady(): void {
    this.zonesSet = true;
    if (this.selected) this.setState(this.selected, { selected: true });
  }

  /** The zone under the pointer (null: none); returns nothing, the map shows it. */
  hover(id: ZoneId | null): void {
    const show = id ?? this.external;
    if (show !== this.hovered) {
      if (this.hovered) this.setState(this.hovered, { hover: false });
      if (show) this.setState(show, { hover: true });
      this.hovered = show;
    }
    this.map.getCanvas().style.cursor = id ? 'pointer' : '';
  }

  setExternal(id: ZoneId | null): void {
    this.external = id;
    this.hover(null);
  }

  select(id: ZoneId | null): void {
    if (this.selected) this.setState(this.selected, { selected: false });
    this.selected = id;
    if (id) this.setState(id, { selected: true });
  }

  private setState(id: ZoneId, state: Record<string, boolean>): void {
    if (!this.zonesSet) return;
    this.map.setFeatureState({ source: SOURCES.zones, id }, state);
    if (!this.layerShown && Object.values(state).some(Boolean)) {
      this.layerShown = true;
      this.map.setLayoutProperty(LAYERS.zoneHighlight, 'visibility', 'visible');
    }
  }
}
