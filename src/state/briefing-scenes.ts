import { type BriefingScene, type BriefingScript, RECORD_REF, withId } from '../domain/briefing';
import { EMPTY_FILTER } from '../domain/filter';
import { userZoneOfLinkCode } from '../domain/user-zone';
import { ZONE_IDS } from '../domain/zone';
import type { BriefingState } from './briefing-slice';
import type { AppState } from './store';

/**
 * What showing a scene does to the store (briefing-slice.ts's scene actions), loaded with the
 * briefing's code rather than with the first paint.
 */

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

type StartOptions = { index?: number; autoplay?: number | null; attract?: boolean };

export function started(s: AppState, script: BriefingScript, options: StartOptions) {
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
}

export function goneTo(s: AppState, index: number): Partial<AppState> {
  const n = s.briefing.script?.scenes.length ?? 0;
  return n === 0 ? {} : show(s, clamp(index, n), s.briefing.rev + 1);
}

export function next(s: AppState, loop: boolean): Partial<AppState> {
  const n = s.briefing.script?.scenes.length ?? 0;
  const i = s.briefing.index + 1;
  if (n === 0 || (i >= n && !loop)) return {};
  return show(s, i % n, s.briefing.rev + 1);
}

export function previous(s: AppState): Partial<AppState> {
  return s.briefing.index > 0 ? show(s, s.briefing.index - 1, s.briefing.rev + 1) : {};
}

export function adopted(s: AppState, index: number, rev: number): Partial<AppState> {
  return rev > s.briefing.rev ? show(s, index, rev) : {};
}
