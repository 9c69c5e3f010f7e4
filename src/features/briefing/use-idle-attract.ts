import { useEffect, useSyncExternalStore } from 'react';
import { type AppState, useAppStore } from '../../state/store';
import { getIdleSettings, type IdleSettings, subscribeIdleSettings } from './idle-settings';
import { loadBriefingById } from './load-briefing';

/** What the attract loop changes and hands back when someone touches the screen. */
type Snapshot = Pick<
  AppState,
  | 'filter'
  | 'zoneVisible'
  | 'entityVisible'
  | 'selectedZone'
  | 'selectedEntity'
  | 'selectedEntityId'
  | 'view'
>;

const INPUT = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const;
/** Events that end an idle-started loop (a mouse merely moving does not). */
const LEAVE = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;

function snapshot(s: AppState): Snapshot {
  const { filter, zoneVisible, entityVisible, selectedZone, selectedEntity, selectedEntityId } = s;
  return {
    filter,
    zoneVisible,
    entityVisible,
    selectedZone,
    selectedEntity,
    selectedEntityId,
    view: s.view,
  };
}

export function useIdleSettings(): IdleSettings {
  return useSyncExternalStore(subscribeIdleSettings, getIdleSettings);
}

async function startAttract(settings: IdleSettings, saved: { current: Snapshot | null }) {
  const load = await loadBriefingById(settings.scriptId);
  const s = useAppStore.getState();
  // Someone came back while the script loaded, or a briefing was opened meanwhile.
  if (s.briefing.active) return;
  if (!load.ok) return s.setBriefingError(load.error);
  saved.current = snapshot(s);
  s.startBriefing(load.script, { autoplay: settings.autoplay, attract: true });
}

/** Ends the loop and puts the map back as it was: filter, layers, selection and camera. */
function leaveAttract(saved: { current: Snapshot | null }): void {
  const s = useAppStore.getState();
  s.exitBriefing();
  const back = saved.current;
  saved.current = null;
  if (!back) return;
  const { view, ...rest } = back;
  useAppStore.setState(rest);
  // Before its first move the map has reported no view: it was still on the one it opened on.
  const to = view ?? s.initialView;
  if (to) s.requestView(to);
}

/** Counts input in normal mode; after `seconds` without any, starts the chosen script. */
function useIdleTimer(settings: IdleSettings, saved: { current: Snapshot | null }): void {
  const active = useAppStore((s) => s.briefing.active);
  useEffect(() => {
    const seconds = settings.seconds;
    if (active || !seconds) return;
    let last = Date.now();
    const touched = () => {
      last = Date.now();
    };
    for (const type of INPUT) window.addEventListener(type, touched, { passive: true });
    const check = window.setInterval(
      () => {
        if (Date.now() - last < seconds * 1000) return;
        last = Date.now();
        void startAttract(settings, saved);
      },
      Math.min(1000, seconds * 250),
    );
    return () => {
      window.clearInterval(check);
      for (const type of INPUT) window.removeEventListener(type, touched);
    };
  }, [active, settings, saved]);
}

/**
 * In a loop started by idle time, the first touch, click, wheel or key only leaves it: the
 * event is swallowed (and the click that follows a press), so it does not also act on the map.
 */
function useLeaveOnInput(saved: { current: Snapshot | null }): void {
  const attract = useAppStore((s) => s.briefing.active && s.briefing.attract);
  useEffect(() => {
    if (!attract) return;
    const swallowClick = (e: Event) => {
      e.preventDefault();
      e.stopPropagation();
    };
    const leave = (e: Event) => {
      e.preventDefault();
      e.stopPropagation();
      if (e.type === 'pointerdown' || e.type === 'touchstart') {
        window.addEventListener('click', swallowClick, { capture: true, once: true });
        window.setTimeout(() => window.removeEventListener('click', swallowClick, true), 1000);
      }
      leaveAttract(saved);
    };
    for (const type of LEAVE)
      window.addEventListener(type, leave, { capture: true, passive: false });
    return () => {
      for (const type of LEAVE) window.removeEventListener(type, leave, true);
    };
  }, [attract, saved]);
}

const savedSnapshot: { current: Snapshot | null } = { current: null };

/** The attract loop for lobbies: starts after the configured idle time, leaves on any input. */
export function useIdleAttract(): void {
  const settings = useIdleSettings();
  useIdleTimer(settings, savedSnapshot);
  useLeaveOnInput(savedSnapshot);
}
