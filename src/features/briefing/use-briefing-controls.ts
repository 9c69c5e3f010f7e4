import { useEffect, useRef } from 'react';
import { useAppStore } from '../../state/store';

const NEXT = new Set(['PageDown', 'ArrowRight', ' ', 'Spacebar']);
const PREV = new Set(['PageUp', 'ArrowLeft']);

function typing(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

export function leaveFullscreen(): void {
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
}

/** Handles one key; returns whether it was a briefing key. `digits` holds a typed scene number. */
function handleKey(e: KeyboardEvent, digits: { current: string }): boolean {
  const s = useAppStore.getState();
  const last = (s.briefing.script?.scenes.length ?? 1) - 1;
  if (/^[0-9]$/.test(e.key)) {
    digits.current = (digits.current + e.key).slice(-4);
    return true;
  }
  if (e.key === 'Enter' && digits.current) {
    s.goToScene(Number(digits.current) - 1);
    digits.current = '';
    return true;
  }
  digits.current = '';
  if (NEXT.has(e.key)) s.nextScene();
  else if (PREV.has(e.key)) s.prevScene();
  else if (e.key === 'Home') s.goToScene(0);
  else if (e.key === 'End') s.goToScene(last);
  else if (e.key === 'b' || e.key === 'B') s.setBlack(!s.briefing.black);
  else if (e.key === 'Escape') {
    s.exitBriefing();
    leaveFullscreen();
  } else return false;
  return true;
}

/** Clicker and keyboard: clickers send PageDown/PageUp (some send arrows, B or Escape too). */
function useKeys(active: boolean): void {
  const digits = useRef('');
  useEffect(() => {
    if (!active) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey || typing(e.target)) return;
      if (handleKey(e, digits)) e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [active]);
}

/** Touch tables: a horizontal swipe of a finger moves one scene. */
function useSwipe(active: boolean): void {
  useEffect(() => {
    if (!active) return;
    let start: { x: number; y: number; t: number } | null = null;
    const down = (e: PointerEvent) => {
      start = e.pointerType === 'touch' ? { x: e.clientX, y: e.clientY, t: e.timeStamp } : null;
    };
    const up = (e: PointerEvent) => {
      if (!start || e.pointerType !== 'touch') return;
      const dx = e.clientX - start.x;
      const dy = e.clientY - start.y;
      const quick = e.timeStamp - start.t < 800;
      start = null;
      if (!quick || Math.abs(dx) < 80 || Math.abs(dy) > Math.abs(dx) / 2) return;
      const s = useAppStore.getState();
      if (dx < 0) s.nextScene();
      else s.prevScene();
    };
    window.addEventListener('pointerdown', down);
    window.addEventListener('pointerup', up);
    return () => {
      window.removeEventListener('pointerdown', down);
      window.removeEventListener('pointerup', up);
    };
  }, [active]);
}

/** The attract loop: each scene stays `autoplay` seconds, then the next, looping at the end. */
function useAutoplay(active: boolean, autoplay: number | null, rev: number): void {
  // biome-ignore lint/correctness/useExhaustiveDependencies: rev restarts the timer on every change
  useEffect(() => {
    if (!active || !autoplay) return;
    const timer = window.setTimeout(() => useAppStore.getState().nextScene(true), autoplay * 1000);
    return () => window.clearTimeout(timer);
  }, [active, autoplay, rev]);
}

export function useBriefingControls(): void {
  const active = useAppStore((s) => s.briefing.active);
  const autoplay = useAppStore((s) => s.briefing.autoplay);
  const rev = useAppStore((s) => s.briefing.rev);
  useKeys(active);
  useSwipe(active);
  useAutoplay(active, autoplay, rev);
}
