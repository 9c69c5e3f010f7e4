import { meanCrossings } from '../geo/band-count';
import { quantize, validLngLat } from '../geo/coord-text';
import { MAX_MEAN_CROSSINGS, MAX_RADIUS_KM, MAX_RING_VERTICES } from '../geo/shape-codec';
import { shapeWork } from '../geo/shape-work';
import { BRIEFING_LIMITS as L, type SceneShape, withId } from './briefing';
import type { DrawnShape, LngLat } from './filter';

/** Reports one problem with a field of the scene (see briefing-validate.ts). */
export type ShapeFail = (field: string, problem: 'missing' | 'type' | 'range' | 'format') => void;

const isObj = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Reports the problem; null, for `return refuse(…)`. */
function refuse(fail: ShapeFail, field: string, problem: Parameters<ShapeFail>[1]): null {
  fail(field, problem);
  return null;
}

/** Rounds to 1e-5°, the precision a shared link keeps, so a scene replays what a link would. */
const round5 = (v: number) => quantize(v) / 1e5;

function numbers(v: unknown, length: number): number[] | null {
  if (!Array.isArray(v) || v.length !== length) return null;
  return v.every((n) => typeof n === 'number' && Number.isFinite(n)) ? v.map(round5) : null;
}

function readPoint(v: unknown): LngLat | 'type' | 'range' {
  const n = numbers(v, 2);
  if (n === null) return 'type';
  const [lng = 0, lat = 0] = n;
  return validLngLat(lng, lat) ? [lng, lat] : 'range';
}

function readRing(v: unknown, at: string, fail: ShapeFail): SceneShape | null {
  if (!Array.isArray(v)) return refuse(fail, `${at}.ring`, v === undefined ? 'missing' : 'type');
  if (v.length < 3 || v.length > MAX_RING_VERTICES) return refuse(fail, `${at}.ring`, 'range');
  const ring: LngLat[] = [];
  for (const [i, p] of v.entries()) {
    const point = readPoint(p);
    if (typeof point === 'string') return refuse(fail, `${at}.ring[${i}]`, point);
    ring.push(point);
  }
  // A comb or zigzag would make every record test that many edges (see shape-codec.ts).
  if (meanCrossings(ring) > MAX_MEAN_CROSSINGS) return refuse(fail, `${at}.ring`, 'format');
  return { kind: 'polygon', ring };
}

function readBox(v: unknown, at: string, fail: ShapeFail): SceneShape | null {
  const n = numbers(v, 4);
  if (n === null) return refuse(fail, `${at}.bbox`, v === undefined ? 'missing' : 'type');
  const [w = 0, s = 0, e = 0, north = 0] = n;
  if (!(validLngLat(w, s) && validLngLat(e, north) && w < e && s < north)) {
    return refuse(fail, `${at}.bbox`, 'range');
  }
  return { kind: 'rectangle', bbox: [w, s, e, north] };
}

function readCircle(o: Record<string, unknown>, at: string, fail: ShapeFail): SceneShape | null {
  const center = readPoint(o.center);
  if (typeof center === 'string') {
    return refuse(fail, `${at}.center`, o.center === undefined ? 'missing' : center);
  }
  const r = o.radiusKm;
  if (typeof r !== 'number' || !Number.isFinite(r)) {
    return refuse(fail, `${at}.radiusKm`, r === undefined ? 'missing' : 'type');
  }
  if (r < 0 || r > MAX_RADIUS_KM) return refuse(fail, `${at}.radiusKm`, 'range');
  return { kind: 'circle', center, radiusKm: round5(r) };
}

function readShape(v: unknown, at: string, fail: ShapeFail): SceneShape | null {
  if (!isObj(v)) return refuse(fail, at, 'type');
  if (v.kind === 'polygon') return readRing(v.ring, at, fail);
  if (v.kind === 'rectangle') return readBox(v.bbox, at, fail);
  if (v.kind === 'circle') return readCircle(v, at, fail);
  fail(`${at}.kind`, v.kind === undefined ? 'missing' : 'format');
  return null;
}

/**
 * A scene's `filter.shapes` (absent = none): polygons `{kind, ring: [[lng, lat], …]}`,
 * rectangles `{kind, bbox: [west, south, east, north]}`, circles `{kind, center, radiusKm}`.
 * Held to the limits of a shared link: vertices, crossings, radius and the summed work.
 */
export function readSceneShapes(v: unknown, fail: ShapeFail): SceneShape[] {
  if (v === undefined) return [];
  if (!Array.isArray(v)) return refuse(fail, 'filter.shapes', 'type') ?? [];
  if (v.length > L.maxShapes) return refuse(fail, 'filter.shapes', 'range') ?? [];
  const shapes = v.flatMap((s, i) => readShape(s, `filter.shapes[${i}]`, fail) ?? []);
  const work = shapes.reduce((sum, s) => sum + shapeWork(withId(s, '')), 0);
  if (work > L.maxShapeWork) fail('filter.shapes', 'range');
  return shapes;
}

/** A drawn shape as a scene holds it: no id, coordinates rounded to 1e-5. */
export function sceneShapeOf(shape: DrawnShape): SceneShape {
  switch (shape.kind) {
    case 'polygon':
      return { kind: 'polygon', ring: shape.ring.map(([x, y]) => [round5(x), round5(y)]) };
    case 'rectangle':
      return {
        kind: 'rectangle',
        bbox: shape.bbox.map(round5) as [number, number, number, number],
      };
    case 'circle':
      return {
        kind: 'circle',
        center: [round5(shape.center[0]), round5(shape.center[1])],
        radiusKm: round5(shape.radiusKm),
      };
  }
}
