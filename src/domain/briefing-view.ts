import { quantize, validLngLat } from '../geo/coord-text';
import { BRIEFING_LIMITS as L } from './briefing';
import { type UserZoneId, userZoneOfLinkCode } from './user-zone';

/** Reports one problem with a field of the scene (see briefing-validate.ts). */
export type ViewFail = (field: string, problem: 'type' | 'range' | 'format' | 'duplicate') => void;

/** Rounds to 1e-5°, the precision a shared link keeps. */
const round5 = (v: number) => quantize(v) / 1e5;

/**
 * A scene's `filter.userZones` (absent = none): user zones as a link names them,
 * `u:<layer-id>`, each once. Whether this browser has them is only known when the scene plays.
 */
export function readSceneUserZones(v: unknown, fail: ViewFail): string[] {
  if (v === undefined) return [];
  if (!Array.isArray(v)) {
    fail('filter.userZones', 'type');
    return [];
  }
  if (v.length > L.maxUserZones) fail('filter.userZones', 'range');
  const out: string[] = [];
  v.forEach((code, i) => {
    const at = `filter.userZones[${i}]`;
    if (typeof code !== 'string') fail(at, 'type');
    else if (userZoneOfLinkCode(code) === null) fail(at, 'format');
    else if (out.includes(code)) fail(at, 'duplicate');
    else out.push(code);
  });
  return out;
}

/**
 * A scene's `filter.inView`: the box [west, south, east, north] of "only what is in view"
 * (WGS-84 degrees, rounded to 1e-5 as in a link), or null / absent when that filter is off.
 */
export function readSceneInView(
  v: unknown,
  fail: ViewFail,
): [number, number, number, number] | null {
  if (v === undefined || v === null) return null;
  const ok = Array.isArray(v) && v.length === 4;
  if (!ok || !v.every((n) => typeof n === 'number' && Number.isFinite(n))) {
    fail('filter.inView', 'type');
    return null;
  }
  const [w, s, e, n] = (v as number[]).map(round5) as [number, number, number, number];
  if (!(validLngLat(w, s) && validLngLat(e, n) && w < e && s < n)) {
    fail('filter.inView', 'range');
    return null;
  }
  return [w, s, e, n];
}

/** The in-view box as a scene keeps it (1e-5°), for capture. */
export function sceneInViewOf(
  box: readonly [number, number, number, number] | null,
): [number, number, number, number] | null {
  return box ? (box.map(round5) as [number, number, number, number]) : null;
}

/** The scene's user zones (`u:<layer-id>`) that are not among the zones this browser has. */
export function missingUserZones(
  codes: readonly string[],
  have: ReadonlySet<UserZoneId>,
): string[] {
  return codes.filter((code) => {
    const id = userZoneOfLinkCode(code);
    return id === null || !have.has(id);
  });
}
