import { useEffect } from 'react';
import { useAppStore } from '../../state/store';
import { loadBriefingById } from './load-briefing';

export interface BriefingParams {
  /** `?briefing=<id>`: a script from data/briefings or one saved in this browser. */
  id: string | null;
  /** `?briefingSrc=<same-origin path>`: a script file on this site. */
  src: string | null;
  /** `&autoplay=<seconds>`: the attract loop. */
  autoplay: number | null;
  /** `&scene=<n>` (1-based): where to start. */
  scene: number;
}

export function readBriefingParams(search: string): BriefingParams {
  const p = new URLSearchParams(search);
  const seconds = Number(p.get('autoplay'));
  const scene = Number(p.get('scene'));
  return {
    id: p.get('briefing'),
    src: p.get('briefingSrc'),
    autoplay: p.has('autoplay') && seconds >= 0.25 && seconds <= 3600 ? seconds : null,
    scene: Number.isInteger(scene) && scene >= 1 ? scene : 1,
  };
}

/** Opens the briefing named in the page URL, once at start-up. */
export function useBriefingLaunch(): void {
  useEffect(() => {
    const params = readBriefingParams(window.location.search);
    const src = params.src;
    const pending = src
      ? import('../../data/briefing-scripts').then((m) => m.loadBriefingFromUrl(src))
      : params.id
        ? loadBriefingById(params.id)
        : null;
    if (!pending) return;
    let live = true;
    void pending.then((load) => {
      if (!live) return;
      const s = useAppStore.getState();
      if (load.ok)
        s.startBriefing(load.script, { index: params.scene - 1, autoplay: params.autoplay });
      else s.setBriefingError(load.error);
    });
    return () => {
      live = false;
    };
  }, []);
}
