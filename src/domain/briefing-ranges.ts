import type { NumRange } from './filter';

/** Reports one problem with a field of the scene (see briefing-validate.ts). */
export type RangeFail = (field: string, problem: 'type' | 'range') => void;

/** Bounds a scripted range may take: founding/start years, and investment in 亿元. */
const BOUNDS = {
  years: { min: 1800, max: 2100 },
  investment: { min: 0, max: 1e7 },
} as const;

export type SceneRangeField = keyof typeof BOUNDS;

const OPEN: NumRange = { min: null, max: null };

function end(v: unknown, at: string, field: SceneRangeField, fail: RangeFail): number | null {
  if (v === undefined || v === null) return null;
  if (typeof v !== 'number' || !Number.isFinite(v)) {
    fail(at, 'type');
    return null;
  }
  if (v < BOUNDS[field].min || v > BOUNDS[field].max) {
    fail(at, 'range');
    return null;
  }
  return v;
}

/**
 * A scene's year or investment range (`filter.years` / `filter.investment`: `{min, max}`,
 * either end null or absent for open). Absent means no restriction, as in the filter; a
 * range whose min exceeds its max is refused, naming the field.
 */
export function readSceneRange(v: unknown, field: SceneRangeField, fail: RangeFail): NumRange {
  if (v === undefined) return { ...OPEN };
  const at = `filter.${field}`;
  if (typeof v !== 'object' || v === null || Array.isArray(v)) {
    fail(at, 'type');
    return { ...OPEN };
  }
  const o = v as Record<string, unknown>;
  const min = end(o.min, `${at}.min`, field, fail);
  const max = end(o.max, `${at}.max`, field, fail);
  if (min !== null && max !== null && min > max) {
    fail(at, 'range');
    return { ...OPEN };
  }
  return { min, max };
}
