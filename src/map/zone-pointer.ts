import type maplibregl from 'maplibre-gl';
import type { PointLike } from 'maplibre-gl';
import { isZoneId, type ZoneId } from '../domain/zone';
import { LAYERS } from './layer-specs';
import type { ZoneHighlight } from './zone-highlight';

export interface ZonePointerHandlers {
  onZoneClick: (id: ZoneId) => void;
  onZoneHover: (id: ZoneId | null) => void;
}

const ZONE_INTERACTIVE = [LAYERS.zoneFill];

/**
 * Hover and click on the zones: the hovered zone lights up and React hears of both (it opens
 * panels; map events never write filters). `clickFirst` gets a click before the zones (a
 * record or cluster under the pointer wins) and returns true when it took it.
 */
export function bindZonePointer(
  map: maplibregl.Map,
  zones: ZoneHighlight,
  handlers: () => ZonePointerHandlers,
  clickFirst: (point: PointLike) => boolean,
): void {
  const hover = (id: ZoneId | null) => {
    zones.hover(id);
    handlers().onZoneHover(id);
  };
  map.on('mousemove', LAYERS.zoneFill, (e) => {
    const id = e.features?.[0]?.properties?.zone_id;
    hover(isZoneId(id) ? id : null);
  });
  map.on('mouseleave', LAYERS.zoneFill, () => hover(null));
  map.on('click', (e) => {
    if (clickFirst(e.point)) return;
    const hits = map.queryRenderedFeatures(e.point, { layers: ZONE_INTERACTIVE });
    const id = hits[0]?.properties?.zone_id;
    if (isZoneId(id)) handlers().onZoneClick(id);
  });
}
