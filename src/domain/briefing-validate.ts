import {
  type BriefingScene,
  type BriefingScript,
  BRIEFING_LIMITS as L,
  RECORD_REF,
  type SceneCamera,
  type SceneFilter,
  type SceneHighlight,
  type SceneKpi,
  type SceneLayers,
} from './briefing';
import { readSceneRange } from './briefing-ranges';
import { readSceneShapes } from './briefing-shapes';
import { readSceneInView, readSceneUserZones } from './briefing-view';
import {
  CATEGORIES,
  INDUSTRIES,
  LINK_STATUSES,
  ORG_KINDS,
  PROJECT_STATUSES,
  PROJECT_TYPES,
} from './entity';
import { PLAN_TARGETS } from './plan-targets';
import { ZONE_IDS, type ZoneId } from './zone';

export type BriefingProblem =
  | 'missing'
  | 'type'
  | 'range'
  | 'enum'
  | 'length'
  | 'duplicate'
  | 'format';

/** One thing wrong with a script: which scene (1-based, null for the script) and which field. */
export interface BriefingIssue {
  scene: number | null;
  sceneId: string | null;
  field: string;
  problem: BriefingProblem;
}

export type BriefingCheck =
  | { ok: true; script: BriefingScript }
  | { ok: false; issues: BriefingIssue[] };

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Collects issues for one scene (or the script) while reading its fields. */
class Reader {
  readonly issues: BriefingIssue[] = [];
  constructor(
    private readonly scene: number | null,
    private readonly sceneId: string | null,
  ) {}

  fail(field: string, problem: BriefingProblem): void {
    this.issues.push({ scene: this.scene, sceneId: this.sceneId, field, problem });
  }

  text(o: Obj, field: string, max: number, prefix = ''): string {
    const v = o[field];
    if (v === undefined) this.fail(prefix + field, 'missing');
    else if (typeof v !== 'string') this.fail(prefix + field, 'type');
    else if (v.length > max) this.fail(prefix + field, 'length');
    else return v;
    return '';
  }

  num(o: Obj, field: string, min: number, max: number, prefix: string): number {
    const v = o[field];
    if (v === undefined) this.fail(prefix + field, 'missing');
    else if (typeof v !== 'number' || !Number.isFinite(v)) this.fail(prefix + field, 'type');
    else if (v < min || v > max) this.fail(prefix + field, 'range');
    else return v;
    return min;
  }

  bool(o: Obj, field: string, prefix: string, fallback: boolean): boolean {
    const v = o[field];
    if (v === undefined) return fallback;
    if (typeof v !== 'boolean') this.fail(prefix + field, 'type');
    return v === true;
  }

  /** An optional list of values from a fixed domain (absent = empty). */
  list<T extends string>(o: Obj, field: string, domain: readonly T[], prefix: string): T[] {
    const v = o[field];
    if (v === undefined) return [];
    if (!Array.isArray(v)) {
      this.fail(prefix + field, 'type');
      return [];
    }
    const out: T[] = [];
    v.forEach((item, i) => {
      if ((domain as readonly unknown[]).includes(item)) out.push(item as T);
      else this.fail(`${prefix}${field}[${i}]`, 'enum');
    });
    return out;
  }

  /** One value from a fixed domain. */
  oneOf<T extends string>(v: unknown, domain: readonly T[], field: string): T | null {
    if ((domain as readonly unknown[]).includes(v)) return v as T;
    this.fail(field, v === undefined ? 'missing' : 'enum');
    return null;
  }

  obj(o: Obj, field: string): Obj {
    const v = o[field];
    if (isObj(v)) return v;
    this.fail(field, v === undefined ? 'missing' : 'type');
    return {};
  }
}

function readCamera(r: Reader, o: Obj): SceneCamera {
  const c = r.obj(o, 'camera');
  const centre = c.center;
  let center: [number, number] = [0, 0];
  if (!Array.isArray(centre) || centre.length !== 2) {
    r.fail('camera.center', centre === undefined ? 'missing' : 'type');
  } else {
    const [lng, lat] = centre;
    if (typeof lng !== 'number' || typeof lat !== 'number') r.fail('camera.center', 'type');
    else if (Math.abs(lng) > 180 || Math.abs(lat) > 85) r.fail('camera.center', 'range');
    else center = [lng, lat];
  }
  return {
    center,
    zoom: r.num(c, 'zoom', L.minZoom, L.maxZoom, 'camera.'),
    bearing: r.num(c, 'bearing', -360, 360, 'camera.'),
    pitch: r.num(c, 'pitch', 0, L.maxPitch, 'camera.'),
    duration: r.num(c, 'duration', 0, L.maxDuration, 'camera.'),
  };
}

function readLayers(r: Reader, o: Obj): SceneLayers {
  const l = o.layers === undefined ? {} : r.obj(o, 'layers');
  return {
    zones: l.zones === undefined ? [...ZONE_IDS] : r.list(l, 'zones', ZONE_IDS, 'layers.'),
    enterprises: r.bool(l, 'enterprises', 'layers.', true),
    projects: r.bool(l, 'projects', 'layers.', true),
  };
}

function readFilter(r: Reader, o: Obj): SceneFilter {
  const f = o.filter === undefined ? {} : r.obj(o, 'filter');
  return {
    zones: r.list(f, 'zones', ZONE_IDS, 'filter.'),
    industries: r.list(f, 'industries', INDUSTRIES, 'filter.'),
    categories: r.list(f, 'categories', CATEGORIES, 'filter.'),
    orgKinds: r.list(f, 'orgKinds', ORG_KINDS, 'filter.'),
    projectTypes: r.list(f, 'projectTypes', PROJECT_TYPES, 'filter.'),
    projectStatuses: r.list(f, 'projectStatuses', PROJECT_STATUSES, 'filter.'),
    linkStatuses: r.list(f, 'linkStatuses', LINK_STATUSES, 'filter.'),
    includeSynthetic: r.bool(f, 'includeSynthetic', 'filter.', true),
    shapes: readSceneShapes(f.shapes, (field, problem) => r.fail(field, problem)),
    years: readSceneRange(f.years, 'years', (field, problem) => r.fail(field, problem)),
    investment: readSceneRange(f.investment, 'investment', (field, problem) =>
      r.fail(field, problem),
    ),
    userZones: readSceneUserZones(f.userZones, (field, problem) => r.fail(field, problem)),
    inView: readSceneInView(f.inView, (field, problem) => r.fail(field, problem)),
  };
}

const MEASURES = ['enterprises', 'projects', 'investment'] as const;
const TARGET_IDS = PLAN_TARGETS.map((t) => t.id);

function readKpi(r: Reader, v: unknown, i: number): SceneKpi | null {
  const at = `kpis[${i}].`;
  if (!isObj(v)) {
    r.fail(`kpis[${i}]`, 'type');
    return null;
  }
  if (v.kind === 'target') {
    const target = r.oneOf(v.target, TARGET_IDS, `${at}target`);
    return target ? { kind: 'target', target } : null;
  }
  if (v.kind !== 'count') {
    r.fail(`${at}kind`, v.kind === undefined ? 'missing' : 'enum');
    return null;
  }
  const measure = r.oneOf(v.measure, MEASURES, `${at}measure`);
  const zone =
    v.zone === undefined || v.zone === null ? null : r.oneOf(v.zone, ZONE_IDS, `${at}zone`);
  return measure ? { kind: 'count', measure, zone } : null;
}

function readKpis(r: Reader, o: Obj): SceneKpi[] {
  const v = o.kpis;
  if (v === undefined) return [];
  if (!Array.isArray(v)) {
    r.fail('kpis', 'type');
    return [];
  }
  if (v.length > L.maxKpis) r.fail('kpis', 'length');
  return v.flatMap((k, i) => readKpi(r, k, i) ?? []);
}

function readZone(r: Reader, o: Obj): ZoneId | null {
  if (o.zone === undefined || o.zone === null) return null;
  return r.oneOf(o.zone, ZONE_IDS, 'zone');
}

function readHighlight(r: Reader, o: Obj): SceneHighlight | undefined {
  if (o.highlight === undefined || o.highlight === null) return undefined;
  if (!isObj(o.highlight)) {
    r.fail('highlight', 'type');
    return undefined;
  }
  const v = o.highlight.records;
  if (!Array.isArray(v)) {
    r.fail('highlight.records', v === undefined ? 'missing' : 'type');
    return undefined;
  }
  if (v.length === 0 || v.length > L.maxHighlighted) r.fail('highlight.records', 'length');
  const records: string[] = [];
  v.forEach((ref, i) => {
    if (typeof ref !== 'string') r.fail(`highlight.records[${i}]`, 'type');
    else if (!RECORD_REF.test(ref)) r.fail(`highlight.records[${i}]`, 'format');
    else records.push(ref);
  });
  return { records };
}

function readScene(raw: unknown, n: number): { scene: BriefingScene; issues: BriefingIssue[] } {
  const o = isObj(raw) ? raw : {};
  const id = typeof o.id === 'string' ? o.id : null;
  const r = new Reader(n, id);
  if (!isObj(raw)) r.fail('(scene)', 'type');
  const scene: BriefingScene = {
    id: r.text(o, 'id', 80),
    title_zh: r.text(o, 'title_zh', L.maxTitle),
    title_en: r.text(o, 'title_en', L.maxTitle * 2),
    caption_zh: r.text(o, 'caption_zh', L.maxCaption),
    caption_en: r.text(o, 'caption_en', L.maxCaption * 2),
    notes_zh: o.notes_zh === undefined ? '' : r.text(o, 'notes_zh', L.maxNotes),
    notes_en: o.notes_en === undefined ? '' : r.text(o, 'notes_en', L.maxNotes),
    camera: readCamera(r, o),
    layers: readLayers(r, o),
    zone: readZone(r, o),
    filter: readFilter(r, o),
    kpis: readKpis(r, o),
  };
  const highlight = readHighlight(r, o);
  if (highlight) scene.highlight = highlight;
  return { scene, issues: r.issues };
}

/** Checks a parsed JSON value against the briefing schema; never throws. */
export function validateBriefing(raw: unknown): BriefingCheck {
  const o = isObj(raw) ? raw : {};
  const r = new Reader(null, null);
  if (!isObj(raw)) r.fail('(script)', 'type');
  const id = r.text(o, 'id', 80);
  const title_zh = r.text(o, 'title_zh', L.maxTitle);
  const title_en = r.text(o, 'title_en', L.maxTitle * 2);
  const sceneIssues: BriefingIssue[] = [];
  const scenes: BriefingScene[] = [];
  if (!Array.isArray(o.scenes)) r.fail('scenes', o.scenes === undefined ? 'missing' : 'type');
  else if (o.scenes.length === 0 || o.scenes.length > L.maxScenes) r.fail('scenes', 'length');
  else {
    const seen = new Set<string>();
    o.scenes.forEach((s, i) => {
      const read = readScene(s, i + 1);
      if (seen.has(read.scene.id)) {
        read.issues.push({
          scene: i + 1,
          sceneId: read.scene.id,
          field: 'id',
          problem: 'duplicate',
        });
      }
      seen.add(read.scene.id);
      sceneIssues.push(...read.issues);
      scenes.push(read.scene);
    });
  }
  const issues = [...r.issues, ...sceneIssues];
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, script: { id, title_zh, title_en, scenes } };
}
