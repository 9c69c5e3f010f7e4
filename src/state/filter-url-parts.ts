import {
  CATEGORIES,
  INDUSTRIES,
  LINK_STATUSES,
  PROJECT_STATUSES,
  PROJECT_TYPES,
} from '../domain/entity';
import type { FilterSpec, NumRange } from '../domain/filter';
import { ZONE_IDS } from '../domain/zone';
import {
  CATEGORY_CODES,
  INDUSTRY_CODES,
  LINK_STATUS_CODES,
  PROJECT_STATUS_CODES,
  PROJECT_TYPE_CODES,
  type ValueCode,
  valueOfCode,
  ZONE_CODES,
} from './filter-codes';
import { decodeBbox, parseNumber } from './shape-codec';

/** Every value named in a list part, merged into `previous`, in domain order. */
function mergeCodes<T extends string>(
  previous: readonly T[],
  part: { key: string; value: string; bad: string[] },
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

export type ListKey = 'z' | 'i' | 'c' | 't' | 's' | 'l';

export function isListKey(key: string): key is ListKey {
  return ['z', 'i', 'c', 't', 's', 'l'].includes(key);
}

/** Adds a list part's known codes to the spec; returns `key:code` for each unknown code. */
export function decodeListPart(key: ListKey, value: string, spec: FilterSpec): string[] {
  const part = { key, value, bad: [] as string[] };
  switch (key) {
    case 'z':
      spec.zones = mergeCodes(spec.zones, part, ZONE_IDS, ZONE_CODES);
      break;
    case 'i':
      spec.industries = mergeCodes(spec.industries, part, INDUSTRIES, INDUSTRY_CODES);
      break;
    case 'c':
      spec.categories = mergeCodes(spec.categories, part, CATEGORIES, CATEGORY_CODES);
      break;
    case 't':
      spec.projectTypes = mergeCodes(spec.projectTypes, part, PROJECT_TYPES, PROJECT_TYPE_CODES);
      break;
    case 's':
      spec.projectStatuses = mergeCodes(
        spec.projectStatuses,
        part,
        PROJECT_STATUSES,
        PROJECT_STATUS_CODES,
      );
      break;
    case 'l':
      spec.linkStatuses = mergeCodes(spec.linkStatuses, part, LINK_STATUSES, LINK_STATUS_CODES);
      break;
  }
  return part.bad;
}

function decodeRange(value: string): NumRange | null {
  const ends = value.split('~');
  if (ends.length !== 2) return null;
  const [min = '', max = ''] = ends;
  const lo = min === '' ? null : parseNumber(min);
  const hi = max === '' ? null : parseNumber(max);
  if ((min !== '' && lo === null) || (max !== '' && hi === null) || (lo === null && hi === null)) {
    return null;
  }
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
