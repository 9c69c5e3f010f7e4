import type maplibregl from 'maplibre-gl';

/**
 * Shows or hides a layer, and does nothing when it already is so: MapLibre treats every
 * layout change as new (an absent `visibility` differs from 'visible') and re-tiles the
 * layer's source, which before the first idle is a whole extra round of worker work.
 */
export function setVisibility(map: maplibregl.Map, id: string, visible: boolean): void {
  const now = map.getLayoutProperty(id, 'visibility') ?? 'visible';
  const next = visible ? 'visible' : 'none';
  if (now !== next) map.setLayoutProperty(id, 'visibility', next);
}
