import type { StateCreator } from 'zustand';
import type { BriefingScript, SceneCamera } from '../domain/briefing';
import type { AppState } from './store';

/** Why a script could not be opened, in a form the UI words in the user's language. */
export type BriefingFailure = { kind: string; [key: string]: unknown };

export interface BriefingState {
  script: BriefingScript | null;
  active: boolean;
  /** The scene shown, 0-based. */
  index: number;
  /** Grows with every scene change, so windows can tell newer state from older. */
  rev: number;
  black: boolean;
  /** Seconds per scene in the attract loop, or null. */
  autoplay: number | null;
  /** The loop was started by idle time in normal mode: any input leaves it. */
  attract: boolean;
  /** The last camera a scene asked for; seq makes repeats count. */
  camera: { camera: SceneCamera; seq: number } | null;
  error: BriefingFailure | null;
  /** The script editor is open. */
  editing: boolean;
}

export interface BriefingSlice {
  briefing: BriefingState;
  startBriefing: (
    script: BriefingScript,
    options?: { index?: number; autoplay?: number | null; attract?: boolean },
  ) => void;
  goToScene: (index: number) => void;
  nextScene: (loop?: boolean) => void;
  prevScene: () => void;
  /** Takes a scene index from another window if its revision is newer than ours. */
  adoptScene: (index: number, rev: number) => void;
  setBlack: (black: boolean) => void;
  exitBriefing: () => void;
  setBriefingError: (error: BriefingFailure | null) => void;
  setBriefingEditing: (editing: boolean) => void;
}

const INITIAL: BriefingState = {
  script: null,
  active: false,
  index: 0,
  rev: 0,
  black: false,
  autoplay: null,
  attract: false,
  camera: null,
  error: null,
  editing: false,
};

/** The records the scene shown highlights (as written in it), or undefined outside a briefing. */
export const sceneHighlightRefs = (s: AppState): readonly string[] | undefined =>
  s.briefing.active ? s.briefing.script?.scenes[s.briefing.index]?.highlight?.records : undefined;

/**
 * Moving between scenes (briefing-scenes.ts) is not in the first paint: it is loaded with the
 * briefing's hooks right after first paint and before any script is opened (load-briefing.ts),
 * so every scene action below finds it loaded.
 */
let scenes: typeof import('./briefing-scenes') | null = null;

export async function loadBriefingScenes(): Promise<void> {
  scenes ??= await import('./briefing-scenes');
}

function loadedScenes(): typeof import('./briefing-scenes') {
  if (!scenes) throw new Error('briefing scenes are not loaded (loadBriefingScenes)');
  return scenes;
}

export const createBriefingSlice: StateCreator<AppState, [], [], BriefingSlice> = (set) => ({
  briefing: INITIAL,
  startBriefing: (script, options = {}) => set((s) => loadedScenes().started(s, script, options)),
  goToScene: (index) => set((s) => loadedScenes().goneTo(s, index)),
  nextScene: (loop = false) => set((s) => loadedScenes().next(s, loop)),
  prevScene: () => set((s) => loadedScenes().previous(s)),
  adoptScene: (index, rev) => set((s) => loadedScenes().adopted(s, index, rev)),
  setBlack: (black) => set((s) => ({ briefing: { ...s.briefing, black } })),
  exitBriefing: () =>
    set((s) => ({
      briefing: { ...s.briefing, active: false, black: false, autoplay: null, attract: false },
    })),
  setBriefingError: (error) => set((s) => ({ briefing: { ...s.briefing, error } })),
  setBriefingEditing: (editing) => set((s) => ({ briefing: { ...s.briefing, editing } })),
});
