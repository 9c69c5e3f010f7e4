import type { StateCreator } from 'zustand';
import {
  type BriefingScene,
  type BriefingScript,
  RECORD_REF,
  type SceneCamera,
  withId,
} from '../domain/briefing';
import { EMPTY_FILTER } from '../domain/filter';
import { userZoneOfLinkCode } from '../domain/user-zone';
import { ZONE_IDS } from '../domain/zone';
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

function pendingOf(ref: string | undefined): AppState['pendingSelection'] {
  if (!ref || !RECORD_REF.test(ref)) return null;
  return { kind: ref.startsWith('p:') ? 'project' : 'enterprise', id: ref.slice(2) };
}

/**
 * What a scene sets in the rest of the store: the map and panels follow these as they do for
 * any other change (data flows one way; the map never writes back into filters).
 */
export function sceneState(s: AppState, scene: BriefingScene): Partial<AppState> {
  const f = scene.filter;
  return {
    filter: {
      ...EMPTY_FILTER,
      zones: [...f.zones],
      industries: [...f.industries],
      categories: [...f.categories],
      orgKinds: [...f.orgKinds],
      projectTypes: [...f.projectTypes],
      projectStatuses: [...f.projectStatuses],
      linkStatuses: [...f.linkStatuses],
      includeSynthetic: f.includeSynthetic,
      years: { ...f.years },
      investment: { ...f.investment },
      // Fresh ids per showing: the map redraws a scene's shapes even when it is shown again.
      shapes: f.shapes.map((shape, i) => withId(shape, `scene-${s.briefing.rev + 1}-${i + 1}`)),
      // As a shared link's zones: one this browser lacks is dropped once its layers have loaded
      // (data/import/use-user-zone-sync.ts) and named in the scene's notice.
      userZones: f.userZones.flatMap((code) => userZoneOfLinkCode(code) ?? []),
      // Follows the map again from the first move (view-slice), i.e. once the camera lands.
      inView: f.inView ? [...f.inView] : null,
    },
    zoneVisible: Object.fromEntries(
      ZONE_IDS.map((id) => [id, scene.layers.zones.includes(id)]),
    ) as AppState['zoneVisible'],
    entityVisible: { enterprises: scene.layers.enterprises, projects: scene.layers.projects },
    selectedZone: scene.zone,
    selectedEntity: null,
    selectedEntityId: null,
    // Resolved to the record once the data is there (use-selection-ids), as a shared link's sel=.
    pendingSelection: pendingOf(scene.highlight?.records[0]),
    hoveredZone: null,
    briefing: {
      ...s.briefing,
      camera: { camera: scene.camera, seq: (s.briefing.camera?.seq ?? 0) + 1 },
    },
  };
}

function show(s: AppState, index: number, rev: number): Partial<AppState> {
  const scenes = s.briefing.script?.scenes ?? [];
  const scene = scenes[index];
  if (!scene) return {};
  const next = sceneState(s, scene);
  return { ...next, briefing: { ...(next.briefing as BriefingState), index, rev, black: false } };
}

const clamp = (i: number, n: number) => Math.max(0, Math.min(n - 1, i));

export const createBriefingSlice: StateCreator<AppState, [], [], BriefingSlice> = (set) => ({
  briefing: INITIAL,
  startBriefing: (script, options = {}) =>
    set((s) => {
      const base: AppState = {
        ...s,
        briefing: {
          ...s.briefing,
          script,
          active: true,
          error: null,
          autoplay: options.autoplay ?? null,
          attract: options.attract ?? false,
        },
      };
      return {
        ...base,
        ...show(base, clamp(options.index ?? 0, script.scenes.length), s.briefing.rev + 1),
      };
    }),
  goToScene: (index) =>
    set((s) => {
      const n = s.briefing.script?.scenes.length ?? 0;
      return n === 0 ? {} : show(s, clamp(index, n), s.briefing.rev + 1);
    }),
  nextScene: (loop = false) =>
    set((s) => {
      const n = s.briefing.script?.scenes.length ?? 0;
      const i = s.briefing.index + 1;
      if (n === 0 || (i >= n && !loop)) return {};
      return show(s, i % n, s.briefing.rev + 1);
    }),
  prevScene: () =>
    set((s) => (s.briefing.index > 0 ? show(s, s.briefing.index - 1, s.briefing.rev + 1) : {})),
  adoptScene: (index, rev) => set((s) => (rev > s.briefing.rev ? show(s, index, rev) : {})),
  setBlack: (black) => set((s) => ({ briefing: { ...s.briefing, black } })),
  exitBriefing: () =>
    set((s) => ({
      briefing: { ...s.briefing, active: false, black: false, autoplay: null, attract: false },
    })),
  setBriefingError: (error) => set((s) => ({ briefing: { ...s.briefing, error } })),
  setBriefingEditing: (editing) => set((s) => ({ briefing: { ...s.briefing, editing } })),
});
