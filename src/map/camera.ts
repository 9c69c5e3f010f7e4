import type maplibregl from 'maplibre-gl';
import type { SceneCamera } from '../domain/briefing';
import type { MapView } from '../state/url-hash';

export function viewOf(map: maplibregl.Map): MapView {
  const c = map.getCenter();
  return {
    zoom: map.getZoom(),
    lat: c.lat,
    lng: c.lng,
    bearing: map.getBearing(),
    pitch: map.getPitch(),
  };
}

export function jumpToView(map: maplibregl.Map, view: MapView): void {
  map.jumpTo({
    center: [view.lng, view.lat],
    zoom: view.zoom,
    bearing: view.bearing,
    pitch: view.pitch,
  });
}

/** A scene's camera: a flight, or a cut when motion is unwanted or the duration is 0. */
export function flyToCamera(
  map: maplibregl.Map,
  camera: SceneCamera,
  reducedMotion: boolean,
): void {
  const to = {
    center: camera.center,
    zoom: camera.zoom,
    bearing: camera.bearing,
    pitch: camera.pitch,
  };
  if (reducedMotion || camera.duration === 0) map.jumpTo(to);
  else map.flyTo({ ...to, duration: camera.duration, essential: false });
}
