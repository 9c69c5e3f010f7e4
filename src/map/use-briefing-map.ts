import { useEffect } from 'react';
import { viewportScale } from '../domain/briefing';
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
 * log2 of the size ratio so the same area fills the screen. A window resized (moved to the
 * wall) during a briefing is re-framed at once.
 */
function useSceneCamera(map: JlpMap | null): void {
  const request = useAppStore((s) => s.briefing.camera);
  useEffect(() => {
    if (!map || !request) return;
    const fly = (cut: boolean) => {
      const k = viewportScale(window.innerWidth, window.innerHeight);
      const camera = { ...request.camera, zoom: request.camera.zoom + Math.log2(k) };
      map.flyToCamera(camera, cut || reducedMotion());
    };
    fly(false);
    const onResize = () => {
      if (useAppStore.getState().briefing.active) fly(true);
    };
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, [map, request]);
}

export function useBriefingMap(map: JlpMap | null): void {
  useDisplayScale(map);
  useSceneCamera(map);
}
