import type { FilterSpec, NumRange } from '../domain/filter';
import { inDomainOrder, LIST_FIELDS, type ListFieldCodes } from './filter-codes';

export type SummaryLang = 'zh' | 'en';

/** Words for what has no value code; pinyin for zh so file names stay ASCII everywhere. */
const WORDS = {
  en: {
    all: 'all',
    shape: 'shape',
    shapes: 'shapes',
    view: 'inview',
    userZone: 'userzone',
    real: 'nosynthetic',
    year: 'y',
    investment: 'inv',
    lists: {
      zones: 'zones',
      industries: 'industries',
      categories: 'categories',
      kinds: 'kinds',
      types: 'types',
      statuses: 'statuses',
      links: 'links',
    },
  },
  zh: {
    all: 'quanbu',
    shape: 'quyu',
    shapes: 'quyu',
    view: 'shiye',
    userZone: 'daoruqu',
    real: 'wumoni',
    year: 'nian',
    investment: 'touzi',
    lists: {
      zones: 'yuanqu',
      industries: 'hangye',
      categories: 'leibie',
      kinds: 'jigou',
      types: 'leixing',
      statuses: 'zhuangtai',
      links: 'guanxi',
    },
  },
} as const;

const MAX_LENGTH = 80;

/** Up to two values by name; more as a count ("3industries"), so names stay short. */
function listSlug<T extends string>(
  field: ListFieldCodes<T>,
  chosen: readonly T[],
  lang: SummaryLang,
  plural: string,
): string | null {
  const values = inDomainOrder(field, chosen);
  if (values.length === 0) return null;
  if (values.length > 2) return `${values.length}${plural}`;
  return values.map((v) => field.codes[v][lang]).join('-');
}

function numSlug(v: number): string {
  // File-name safe: no dots, no minus that could read as a separator.
  return String(Math.round(v * 100) / 100)
    .replace('-', 'm')
    .replace('.', 'p')
    .replace(/[^a-z0-9]/g, '');
}

function rangeSlug(prefix: string, range: NumRange): string | null {
  const set = (v: number | null): v is number => v !== null && Number.isFinite(v);
  if (set(range.min) && set(range.max))
    return `${prefix}${numSlug(range.min)}to${numSlug(range.max)}`;
  if (set(range.min)) return `${prefix}from${numSlug(range.min)}`;
  if (set(range.max)) return `${prefix}to${numSlug(range.max)}`;
  return null;
}

function truncate(slug: string): string {
  if (slug.length <= MAX_LENGTH) return slug;
  const cut = slug.slice(0, MAX_LENGTH);
  const dash = cut.lastIndexOf('-');
  return dash > 0 ? cut.slice(0, dash) : cut;
}

/**
 * A short ASCII slug of the filter for export file names, e.g. `hydrogen-xipeng-2shapes`
 * (en) or `qingneng-xipeng-2quyu` (zh, pinyin); `all` / `quanbu` for the empty filter.
 * Only [a-z0-9-] characters, at most 80.
 */
export function filterSummary(spec: FilterSpec, lang: SummaryLang): string {
  const w = WORDS[lang];
  const n = spec.shapes.length;
  const parts = [
    listSlug(LIST_FIELDS.industries, spec.industries, lang, w.lists.industries),
    listSlug(LIST_FIELDS.categories, spec.categories, lang, w.lists.categories),
    listSlug(LIST_FIELDS.orgKinds, spec.orgKinds, lang, w.lists.kinds),
    listSlug(LIST_FIELDS.projectTypes, spec.projectTypes, lang, w.lists.types),
    listSlug(LIST_FIELDS.projectStatuses, spec.projectStatuses, lang, w.lists.statuses),
    listSlug(LIST_FIELDS.zones, spec.zones, lang, w.lists.zones),
    // A user zone's name is the user's text, not a safe slug: counted instead.
    spec.userZones.length > 0 ? `${spec.userZones.length}${w.userZone}` : null,
    listSlug(LIST_FIELDS.linkStatuses, spec.linkStatuses, lang, w.lists.links),
    rangeSlug(w.year, spec.years),
    rangeSlug(w.investment, spec.investment),
    n > 0 ? `${n}${n === 1 ? w.shape : w.shapes}` : null,
    spec.inView ? w.view : null,
    spec.includeSynthetic ? null : w.real,
  ].filter((p): p is string => p !== null);
  return parts.length === 0 ? w.all : truncate(parts.join('-'));
}
