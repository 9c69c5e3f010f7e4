import type { SkipReason } from '../domain/entity';

/** A feature's properties object. */
export type Props = Readonly<Record<string, unknown>>;

/** Thrown by the readers below; the feature loop turns it into a SkippedRecord. */
export class SkipError extends Error {
  readonly reason: SkipReason;

  constructor(reason: SkipReason, detail: string) {
    super(detail);
    this.name = 'SkipError';
    this.reason = reason;
  }
}

const show = (v: unknown): string =>
  typeof v === 'string' ? `"${v}"` : (JSON.stringify(v) ?? String(v));

/** A required, non-blank string. */
export function requiredString(props: Props, key: string): string {
  const v = props[key];
  if (typeof v !== 'string' || v.trim() === '') {
    throw new SkipError('bad-property', `${key} must be a non-empty string, got ${show(v)}`);
  }
  return v;
}

/** A string, or null when missing, null or blank. */
export function nullableString(props: Props, key: string): string | null {
  const v = props[key];
  if (v === undefined || v === null) return null;
  if (typeof v !== 'string')
    throw new SkipError('bad-property', `${key} must be a string or null, got ${show(v)}`);
  return v.trim() === '' ? null : v;
}

export function requiredBoolean(props: Props, key: string): boolean {
  const v = props[key];
  if (typeof v !== 'boolean')
    throw new SkipError('bad-property', `${key} must be true or false, got ${show(v)}`);
  return v;
}

/** One of `values`; anything else is skipped with `reason`. */
export function enumValue<T extends string>(
  props: Props,
  key: string,
  values: readonly T[],
  reason: SkipReason,
): T {
  const v = props[key];
  if (typeof v === 'string' && (values as readonly string[]).includes(v)) return v as T;
  throw new SkipError(reason, `${key} ${show(v)} is not one of ${values.join(', ')}`);
}

/** One of `values`, or null when missing or null. */
export function nullableEnum<T extends string>(
  props: Props,
  key: string,
  values: readonly T[],
  reason: SkipReason,
): T | null {
  const v = props[key];
  return v === undefined || v === null ? null : enumValue(props, key, values, reason);
}

/** A list of distinct members of `values`; missing means empty. */
export function enumList<T extends string>(
  props: Props,
  key: string,
  values: readonly T[],
  reason: SkipReason,
): T[] {
  const v = props[key];
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v))
    throw new SkipError('bad-property', `${key} must be a list, got ${show(v)}`);
  const out: T[] = [];
  for (const item of v) {
    if (typeof item !== 'string' || !(values as readonly string[]).includes(item)) {
      throw new SkipError(reason, `${key} item ${show(item)} is not one of ${values.join(', ')}`);
    }
    if (!out.includes(item as T)) out.push(item as T);
  }
  return out;
}

/** A list of non-empty strings; missing means empty. */
export function stringList(props: Props, key: string): string[] {
  const v = props[key];
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v) || !v.every((s) => typeof s === 'string' && s !== '')) {
    throw new SkipError(
      'bad-property',
      `${key} must be a list of non-empty strings, got ${show(v)}`,
    );
  }
  return [...new Set(v as string[])];
}

/** A finite number in [min, max] (integer when `integer`), or null when missing or null. */
export function nullableNumber(
  props: Props,
  key: string,
  range: { min: number; max: number; integer: boolean },
): number | null {
  const v = props[key];
  if (v === undefined || v === null) return null;
  const ok =
    typeof v === 'number' &&
    Number.isFinite(v) &&
    v >= range.min &&
    v <= range.max &&
    (!range.integer || Number.isInteger(v));
  if (!ok) {
    const kind = range.integer ? 'an integer' : 'a number';
    throw new SkipError(
      'bad-property',
      `${key} must be ${kind} in ${range.min}–${range.max} or null, got ${show(v)}`,
    );
  }
  return v as number;
}

/** The optional bilingual caveat, with absent keys left out (exactOptionalPropertyTypes). */
export function notes(props: Props): { note_zh?: string; note_en?: string } {
  const zh = nullableString(props, 'note_zh');
  const en = nullableString(props, 'note_en');
  return { ...(zh === null ? {} : { note_zh: zh }), ...(en === null ? {} : { note_en: en }) };
}
