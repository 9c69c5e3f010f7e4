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

/**
 * Frames `bbox`; false when an instant fit would leave the camera where it is (the district's
 * frame usually is the initial one), and then does nothing: a jump to the same camera still
 * re-checks every source's tiles, a round of work before the first idle (issue 11).
 */
export function fitBox(
  map: maplibregl.Map,
  bbox: [number, number, number, number],
  padding: number | maplibregl.PaddingOptions,
  animate: boolean,
): boolean {
  if (!animate && sameCamera(map, bbox, padding)) return false;
  map.fitBounds(bbox, { padding, animate, duration: animate ? 600 : 0, maxZoom: 15 });
  return true;
}

/** Whether fitting `bbox` would move the camera less than half a pixel and 0.01 of a zoom. */
function sameCamera(
  map: maplibregl.Map,
  bbox: [number, number, number, number],
  padding: number | maplibregl.PaddingOptions,
): boolean {
  const to = map.cameraForBounds(bbox, { padding, maxZoom: 15 });
  if (!to?.center || to.zoom === undefined) return false;
  if (Math.abs(to.zoom - map.getZoom()) > 0.01 || map.getBearing() !== 0 || map.getPitch() !== 0)
    return false;
  const a = map.project(to.center);
  const b = map.project(map.getCenter());
  return Math.hypot(a.x - b.x, a.y - b.y) < 0.5;
}
