import type { FilterSpec, NumRange } from '../domain/filter';
import { userZoneOfLinkCode } from '../domain/user-zone';
import { decodeBbox, parseNumber } from '../geo/coord-text';
import {
  LIST_FIELDS,
  type ListField,
  type ListFieldCodes,
  type ValueCode,
  valueOfCode,
} from './filter-codes';

interface Part {
  key: string;
  value: string;
  bad: string[];
}

/** Every value named in a list part, merged into `previous`, in domain order. */
function mergeCodes<T extends string>(
  previous: readonly T[],
  part: Part,
  domain: readonly T[],
  codes: Readonly<Record<T, ValueCode>>,
): T[] {
  const chosen = new Set<T>(previous);
  for (const token of part.value.split(',')) {
    const v = valueOfCode(codes, token.trim());
    if (v === undefined) part.bad.push(`${part.key}:${token}`);
    else chosen.add(v);
  }
  // Domain order keeps the decoded spec canonical, whatever order the link listed codes in.
  return domain.filter((v) => chosen.has(v));
}

const FIELD_BY_KEY = new Map(
  (Object.keys(LIST_FIELDS) as ListField[]).map((field) => [LIST_FIELDS[field].key, field]),
);

export function isListKey(key: string): boolean {
  return FIELD_BY_KEY.has(key);
}

function mergeInto<F extends ListField>(spec: FilterSpec, field: F, part: Part): void {
  const f = LIST_FIELDS[field] as ListFieldCodes<FilterSpec[F][number]>;
  // mergeCodes returns values of this field's own domain, so the assignment is type-correct.
  (spec[field] as FilterSpec[F][number][]) = mergeCodes(spec[field], part, f.domain, f.codes);
}

/** At most this many user zones in one link: more than anyone imports, and bounded work. */
const MAX_USER_ZONES = 50;

/**
 * Takes the `u:<layer-id>` items (user zones) out of a zone list into spec.userZones, in the
 * link's order without repeats; returns the rest of the list. Whether this browser has such a
 * zone is only known once its layers have loaded (an unknown one is dropped then, with the notice).
 */
function takeUserZones(part: Part, spec: FilterSpec): string {
  const rest: string[] = [];
  for (const token of part.value.split(',')) {
    const t = token.trim();
    if (!t.startsWith('u:')) {
      rest.push(token);
      continue;
    }
    const id = userZoneOfLinkCode(t);
    if (id === null || spec.userZones.length >= MAX_USER_ZONES) part.bad.push(`${part.key}:${t}`);
    else if (!spec.userZones.includes(id)) spec.userZones.push(id);
  }
  return rest.join(',');
}

/** Adds a list part's known codes to the spec; returns `key:code` for each unknown code. */
export function decodeListPart(key: string, value: string, spec: FilterSpec): string[] {
  const part: Part = { key, value, bad: [] };
  if (key === LIST_FIELDS.zones.key) {
    part.value = takeUserZones(part, spec);
    if (part.value === '') return part.bad;
  }
  const field = FIELD_BY_KEY.get(key);
  if (field) mergeInto(spec, field, part);
  return part.bad;
}

/** Largest magnitude a year or investment bound may have in a link. */
const MAX_RANGE = 1e9;

function decodeRange(value: string): NumRange | null {
  const ends = value.split('~');
  if (ends.length !== 2) return null;
  const [min = '', max = ''] = ends;
  const lo = min === '' ? null : parseNumber(min);
  const hi = max === '' ? null : parseNumber(max);
  if ((min !== '' && lo === null) || (max !== '' && hi === null) || (lo === null && hi === null)) {
    return null;
  }
  // Finite, sane and ordered: a reversed or astronomically large range is not a real filter.
  if ((lo !== null && Math.abs(lo) > MAX_RANGE) || (hi !== null && Math.abs(hi) > MAX_RANGE)) {
    return null;
  }
  if (lo !== null && hi !== null && lo > hi) return null;
  return { min: lo, max: hi };
}

/** Applies a single-valued part (v, y, syn, b); false when the key or value is not valid. */
export function decodeScalarPart(key: string, value: string, spec: FilterSpec): boolean {
  if (key === 'v' || key === 'y') {
    const range = decodeRange(value);
    if (range === null) return false;
    if (key === 'v') spec.investment = range;
    else spec.years = range;
    return true;
  }
  if (key === 'syn') {
    if (value !== '0' && value !== '1') return false;
    spec.includeSynthetic = value === '1';
    return true;
  }
  if (key === 'b') {
    spec.inView = decodeBbox(value);
    return spec.inView !== null;
  }
  return false;
}
