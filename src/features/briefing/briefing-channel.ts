import { useEffect } from 'react';
import type { BriefingScript } from '../../domain/briefing';
import { useAppStore } from '../../state/store';

/** The channel the main window and presenter windows of one origin talk on. */
export const BRIEFING_CHANNEL = 'jlp-briefing';

/** What the main window announces; the presenter shows exactly this, newest revision wins. */
export interface BriefingAnnouncement {
  type: 'state';
  script: BriefingScript | null;
  active: boolean;
  index: number;
  rev: number;
  black: boolean;
}

export type BriefingCommand =
  | { type: 'hello' }
  | { type: 'command'; action: 'next' | 'prev' | 'first' | 'last' | 'black' }
  | { type: 'command'; action: 'goto'; index: number };

export type BriefingMessage = BriefingAnnouncement | BriefingCommand;

function announce(channel: BroadcastChannel): void {
  const { script, active, index, rev, black } = useAppStore.getState().briefing;
  const msg: BriefingAnnouncement = { type: 'state', script, active, index, rev, black };
  channel.postMessage(msg);
}

function obey(cmd: BriefingCommand): void {
  const s = useAppStore.getState();
  if (cmd.type !== 'command' || !s.briefing.active) return;
  const last = (s.briefing.script?.scenes.length ?? 1) - 1;
  if (cmd.action === 'next') s.nextScene();
  else if (cmd.action === 'prev') s.prevScene();
  else if (cmd.action === 'first') s.goToScene(0);
  else if (cmd.action === 'last') s.goToScene(last);
  else if (cmd.action === 'black') s.setBlack(!s.briefing.black);
  else if (cmd.action === 'goto') s.goToScene(cmd.index);
}

/** A second main window (another wall) showing the same script follows the newer revision. */
function follow(msg: BriefingAnnouncement): void {
  const s = useAppStore.getState();
  if (s.briefing.active && msg.active && msg.script?.id === s.briefing.script?.id) {
    s.adoptScene(msg.index, msg.rev);
  }
}

/**
 * The main window is the one source of truth: it owns the scene index and its revision, obeys
 * commands from presenter windows and announces every change; presenters never move on their own.
 */
export function useBriefingChannel(): void {
  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return;
    const channel = new BroadcastChannel(BRIEFING_CHANNEL);
    channel.onmessage = (e: MessageEvent<BriefingMessage>) => {
      const msg = e.data;
      if (msg?.type === 'hello') announce(channel);
      else if (msg?.type === 'command') obey(msg);
      else if (msg?.type === 'state') follow(msg);
    };
    const unsubscribe = useAppStore.subscribe((s, prev) => {
      if (s.briefing !== prev.briefing) announce(channel);
    });
    return () => {
      unsubscribe();
      channel.close();
    };
  }, []);
}
