import type { Category, Industry, LinkStatus, OrgKind, ProjectStatus, ProjectType } from './entity';
import type { DrawnShape, LngLat, NumRange } from './filter';
import type { ZoneId } from './zone';

/** Where a scene puts the camera. Duration is the flight time in ms (0 = jump). */
export interface SceneCamera {
  /** [lng, lat], WGS-84 degrees. */
  center: [number, number];
  zoom: number;
  bearing: number;
  pitch: number;
  duration: number;
}

/** Which layers a scene shows; every zone not listed is hidden. */
export interface SceneLayers {
  zones: ZoneId[];
  enterprises: boolean;
  projects: boolean;
}

/**
 * A drawn shape as a scene holds it: a DrawnShape without its id (ids are given on replay).
 * Coordinates are WGS-84 degrees rounded to 1e-5, as in a shared link.
 */
export type SceneShape =
  | { kind: 'polygon'; ring: LngLat[] }
  | { kind: 'rectangle'; bbox: [number, number, number, number] }
  | { kind: 'circle'; center: LngLat; radiusKm: number };

/**
 * A scene shape as the filter holds it. Here, not in briefing-shapes.ts, because the store's
 * briefing slice needs it at first paint and the shape checks do not.
 */
export function withId(shape: SceneShape, id: string): DrawnShape {
  return { ...shape, id } as DrawnShape;
}

/** The part of the filter a scene sets: everything the user's filter holds. */
export interface SceneFilter {
  zones: ZoneId[];
  industries: Industry[];
  categories: Category[];
  /** Kinds of record (Enterprise.org_kind); absent in a script means none chosen. */
  orgKinds: OrgKind[];
  projectTypes: ProjectType[];
  projectStatuses: ProjectStatus[];
  /** How records link to the zones (declared vs spatial); absent in a script means none. */
  linkStatuses: LinkStatus[];
  includeSynthetic: boolean;
  /** Drawn shapes, combined as a union as when drawn; absent in a script means none. */
  shapes: SceneShape[];
  /** Founding/start years and project investment (亿元); absent in a script means open. */
  years: NumRange;
  investment: NumRange;
  /**
   * User zones (polygon layers imported as zones) as a shared link names them, `u:<layer-id>`;
   * ORed with `zones`. A zone this browser lacks is named in a notice and left out on replay.
   */
  userZones: string[];
  /**
   * "Only what is in view" on, with the box [west, south, east, north] seen when captured, or
   * null (off). On replay the box follows the map again once the camera lands.
   */
  inView: [number, number, number, number] | null;
}

/**
 * A KPI card: a live count from the statistics for the current filter (optionally of one zone)
 * or one of the plan's targets (src/domain/plan-targets.ts) beside the data's value.
 */
export type SceneKpi =
  | { kind: 'count'; measure: 'enterprises' | 'projects' | 'investment'; zone: ZoneId | null }
  | { kind: 'target'; target: string };

/**
 * Records a scene points at, written as in a shared link's `sel=`: `e:<enterprise id>` or
 * `p:<project id>`. The first is also the app's selection (named under the caption); every one
 * is ringed on the map, even inside a cluster.
 */
export interface SceneHighlight {
  records: string[];
}

export interface BriefingScene {
  id: string;
  title_zh: string;
  title_en: string;
  caption_zh: string;
  caption_en: string;
  notes_zh: string;
  notes_en: string;
  camera: SceneCamera;
  layers: SceneLayers;
  /** The zone drawn highlighted, or null. */
  zone: ZoneId | null;
  filter: SceneFilter;
  kpis: SceneKpi[];
  /** Records highlighted on the map, the first also selected (optional; absent = none). */
  highlight?: SceneHighlight;
}

export interface BriefingScript {
  id: string;
  title_zh: string;
  title_en: string;
  scenes: BriefingScene[];
}

/** The limits the validator enforces (the map's own zoom range, short texts for a wall). */
export const BRIEFING_LIMITS = {
  minZoom: 7,
  maxZoom: 18,
  maxPitch: 60,
  maxDuration: 20000,
  maxScenes: 1000,
  maxKpis: 4,
  maxTitle: 60,
  maxCaption: 280,
  maxNotes: 4000,
  maxHighlighted: 8,
  maxShapes: 16,
  /** As many user zones as a shared link may name (state/filter-url-parts.ts). */
  maxUserZones: 50,
  /** Summed shapeWork of a scene's shapes: the budget of a shared link (state/filter-url.ts). */
  maxShapeWork: 48,
} as const;

/** A record reference as in a shared link's `sel=`: kind letter, colon, the record's id. */
export const RECORD_REF = /^[ep]:.{1,200}$/;

/** Width and height scripts are written for: cameras and sizes are scaled from this frame. */
export const REFERENCE_VIEWPORT = { width: 1920, height: 1080 } as const;

/** How much larger a viewport is than the reference, keeping the whole reference frame in view. */
export function viewportScale(width: number, height: number): number {
  return Math.min(width / REFERENCE_VIEWPORT.width, height / REFERENCE_VIEWPORT.height);
}
