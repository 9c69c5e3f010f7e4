import maplibregl from 'maplibre-gl';
import { MAP_VIEW_LIMITS } from '../domain/map-view';
import type { MapView } from '../state/url-hash';
import { glyphStats, preloadBundledGlyphs, serveBundledGlyphs } from './bundled-glyphs';
import { liftCanvasLimit } from './canvas-limit';
import { LOCAL_FONT_FAMILY } from './fonts';
import { offlineStyle } from './style';
import { releaseSupersededTileRequests, type TileRequestSource } from './superseded-tile-requests';

/**
 * Margin (px) around the district when the map frames it: the same before its outline has
 * loaded as after, so the fit to the loaded outline does not move the camera.
 */
export const DISTRICT_FIT_PADDING = 30;

/** [west, south, east, north], WGS-84. */
export type BBox = [number, number, number, number];

/**
 * Builds the MapLibre map with our options and controls; behaviour lives in JlpMap.
 * With no initial view the map frames `initialBounds`.
 */
export function createMaplibre(
  container: HTMLElement,
  view: MapView | null,
  initialBounds: BBox,
): maplibregl.Map {
  // MapLibre 5.24 leaks a GeoJSON tile request per reload-while-parsing (see the module).
  releaseSupersededTileRequests(
    maplibregl.GeoJSONSource.prototype as unknown as TileRequestSource<object>,
  );
  // Read while the map starts: the labels' glyphs are asked for once the data is in.
  void preloadBundledGlyphs();
  const map = new maplibregl.Map({
    container,
    style: offlineStyle(),
    ...(view
      ? { center: [view.lng, view.lat], zoom: view.zoom, bearing: view.bearing, pitch: view.pitch }
      : { bounds: initialBounds, fitBoundsOptions: { padding: DISTRICT_FIT_PADDING } }),
    localIdeographFontFamily: LOCAL_FONT_FAMILY,
    attributionControl: false,
    // At the screen's own pixel ratio, so walls are not upscaled blurs.
    pixelRatio: window.devicePixelRatio || 1,
    minZoom: MAP_VIEW_LIMITS.minZoom,
    maxZoom: MAP_VIEW_LIMITS.maxZoom,
    maxPitch: MAP_VIEW_LIMITS.maxPitch,
    dragRotate: false,
    pitchWithRotate: false,
    fadeDuration: 0,
  });
  serveBundledGlyphs(map);
  // Large LED walls and 4K panels: canvases up to what the GPU can draw (MapLibre's default
  // clamp is 4096 px), read from the map's own context once it exists.
  liftCanvasLimit(map);
  // Read-only handle for diagnostics and the e2e tests (rendered-feature queries); not an API.
  Object.defineProperty(container, 'jlpMaplibre', { value: map });
  // The same for the labels' glyphs: how many came from the bundled file, which were drawn.
  Object.defineProperty(container, 'jlpGlyphs', { value: glyphStats });
  // Touch screens rotate with two fingers (pinch and double-tap zoom are MapLibre defaults);
  // the compass then shows north and resets it. Mouse users get no rotation, so no compass.
  const touch = window.matchMedia('(pointer: coarse)').matches;
  map.addControl(new maplibregl.NavigationControl({ showCompass: touch }), 'top-left');
  map.addControl(new maplibregl.ScaleControl({ unit: 'metric' }), 'bottom-left');
  if (!touch) map.touchZoomRotate.disableRotation();
  return map;
}
