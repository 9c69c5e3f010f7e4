import { useEffect } from 'react';
import { resolveHighlights } from '../data/briefing-highlights';
import { useEntityData } from '../data/use-entities';
import { type SceneCamera, viewportScale } from '../domain/briefing';
import { displayCrsOf, useBasemapStore } from '../state/basemap-store';
import { sceneHighlightRefs } from '../state/briefing-slice';
import { useAppStore } from '../state/store';
import type { JlpMap } from './jlp-map';

const reducedMotion = () =>
  window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

/**
 * Walls: text, symbols and lines grow with the viewport (never shrink below their designed
 * size), so they keep the angular size they have on a 1920×1080 screen.
 */
function useDisplayScale(map: JlpMap | null): void {
  useEffect(() => {
    if (!map) return;
    const update = () => {
      const k = Math.max(1, viewportScale(window.innerWidth, window.innerHeight));
      map.setDisplayScale(k);
      document.documentElement.style.setProperty('--display-scale', String(k));
    };
    update();
    window.addEventListener('resize', update);
    return () => window.removeEventListener('resize', update);
  }, [map]);
}

/**
 * Scene cameras are written for a 1920×1080 viewport: on other sizes the zoom shifts by
 * log2 of the size ratio so the same area fills the screen. When the map's container changes
 * size during a briefing (the panels hide as it starts, a window moves onto the wall) the scene
 * is re-framed at once: a resize otherwise leaves the camera off the scene's centre.
 */
function useSceneCamera(map: JlpMap | null): void {
  const request = useAppStore((s) => s.briefing.camera);
  useEffect(() => {
    if (map && request) flyToScene(map, request.camera, reducedMotion());
  }, [map, request]);
  useEffect(() => {
    if (!map) return;
    // Created after MapLibre's own observer, so it runs after the map has resized itself.
    const observer = new ResizeObserver(() => {
      const { active, camera } = useAppStore.getState().briefing;
      if (active && camera) requestAnimationFrame(() => flyToScene(map, camera.camera, true));
    });
    observer.observe(map.maplibre.getContainer());
    return () => observer.disconnect();
  }, [map]);
}

function flyToScene(map: JlpMap, camera: SceneCamera, cut: boolean): void {
  const k = viewportScale(window.innerWidth, window.innerHeight);
  map.flyToCamera({ ...camera, zoom: camera.zoom + Math.log2(k) }, cut);
}

/** Rings every record the scene highlights, wherever it is (in a cluster, filtered out). */
function useSceneHighlights(map: JlpMap | null): void {
  const refs = useAppStore(sceneHighlightRefs);
  const data = useEntityData();
  // Re-placed when a GCJ-02 basemap moves our points for display.
  const crs = useBasemapStore(displayCrsOf);
  useEffect(() => {
    if (!map) return;
    const found = data && refs ? resolveHighlights(data, refs).found : [];
    map.setHighlights(
      found.map((h) => ({ ref: h.ref, at: h.at })),
      crs,
    );
  }, [map, data, refs, crs]);
}

export function useBriefingMap(map: JlpMap | null): void {
  useDisplayScale(map);
  useSceneCamera(map);
  useSceneHighlights(map);
}
