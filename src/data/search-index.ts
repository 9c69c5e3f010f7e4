import type { Enterprise, Project } from '../domain/entity';
import type { ZoneId, ZoneProperties } from '../domain/zone';
import { buildPinyinTable, PINYIN_QUERY, type PinyinTable, pinyinMatch } from './search-pinyin';

export type SearchTarget =
  | { kind: 'zone'; id: ZoneId }
  | { kind: 'enterprise' | 'project'; index: number };

/**
 * How a hit matched, best first; zones, then enterprises, then projects on ties. 'infix' is an
 * English match inside a word, last so "gh" finds 广东国鸿 before every "Zhonghe".
 */
export const MATCH_TIERS = [
  'exact',
  'prefix',
  'substring',
  'pinyin-start',
  'pinyin',
  'infix',
] as const;
export type MatchTier = (typeof MATCH_TIERS)[number];
/** The name a hit matched on: Chinese text, English text, or the Chinese name's pinyin. */
export type MatchField = 'zh' | 'en' | 'pinyin';

export interface SearchHit {
  target: SearchTarget;
  name_zh: string;
  name_en: string | null;
  synthetic: boolean;
  tier: MatchTier;
  field: MatchField;
}

export interface SearchResult {
  /** The best `limit` hits, best first. */
  hits: SearchHit[];
  /** How many records matched in all, for "showing 20 of N". */
  total: number;
}

export interface SearchSources {
  zones: readonly Pick<ZoneProperties, 'zone_id' | 'name_zh' | 'name_en'>[];
  enterprises: readonly Pick<Enterprise, 'name_zh' | 'name_en' | 'synthetic'>[];
  projects: readonly Pick<Project, 'name_zh' | 'name_en' | 'synthetic'>[];
}

/** Normalized names as columns, zones first, then enterprises, then projects. */
export interface SearchIndex {
  readonly sources: SearchSources;
  readonly zh: readonly string[];
  readonly en: readonly (string | null)[];
  readonly pinyin: PinyinTable;
}

export const SEARCH_LIMIT = 20;

const FULL_WIDTH = /[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/g;
const UNUSUAL = /[\u3000\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\t\n\r]/;
/** Letters that may have a lower case (\p{Lu} tested ~5× slower on 100k names). */
const CASED = /[A-Z\u00c0-\u024f\u0370-\u04ff]/;

/**
 * Lower case, runs of white space as one space, full-width letters and digits (Ａ, １) as the
 * ASCII ones people type. Not NFKC: it would also fold the （） most Chinese names carry, and is
 * slow on 100k names.
 */
export function normalizeText(text: string): string {
  const ascii = text.replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  return ascii.toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * normalizeText with a fast path for the usual name: regex replacing, and toLowerCase on Chinese
 * text, each cost tens of ms per 100k names.
 */
function foldName(text: string): string {
  const edge = text.charCodeAt(0) === 32 || text.charCodeAt(text.length - 1) === 32;
  if (edge || UNUSUAL.test(text) || text.includes('  ')) return normalizeText(text);
  return CASED.test(text) ? text.toLowerCase() : text;
}

/** Builds the index once per data load. */
export function buildSearchIndex(sources: SearchSources): SearchIndex {
  const records = [...sources.zones, ...sources.enterprises, ...sources.projects];
  const zh = records.map((r) => foldName(r.name_zh));
  const en = records.map((r) => (r.name_en === null ? null : foldName(r.name_en)));
  return { sources, zh, en, pinyin: buildPinyinTable(zh) };
}

const INFIX = 5;

const isAlnum = (code: number) => (code >= 97 && code <= 122) || (code >= 48 && code <= 57);

/** 0 exact, 1 prefix, 2 substring (for English: at a word's start), INFIX, or -1. */
function textTier(text: string | null, q: string, words: boolean): number {
  if (text === null) return -1;
  const first = text.indexOf(q);
  if (first <= 0) return first < 0 ? -1 : text.length === q.length ? 0 : 1;
  if (!words) return 2;
  for (let at = first; at > 0; at = text.indexOf(q, at + 1)) {
    if (!isAlnum(text.charCodeAt(at - 1))) return 2;
  }
  return INFIX;
}

const FIELDS: readonly MatchField[] = ['zh', 'en', 'pinyin'];

/** tier × 3 + field (an index into FIELDS), or -1: a number, so the scan allocates nothing. */
function match(ix: SearchIndex, i: number, q: string, py: string | null): number {
  const zh = ix.zh[i] ?? '';
  const zhTier = textTier(zh, q, false);
  const enTier = textTier(ix.en[i] ?? null, q, true);
  let tier = zhTier;
  let field = 0;
  if (enTier >= 0 && (tier < 0 || enTier < tier)) {
    tier = enTier;
    field = 1;
  }
  if ((tier < 0 || tier === INFIX) && py !== null) {
    const where = pinyinMatch(ix.pinyin, zh, py);
    if (where !== null) {
      tier = where === 'start' ? 3 : 4;
      field = 2;
    }
  }
  return tier < 0 ? -1 : tier * 3 + field;
}

const ORDER = 2 ** 24;
const LENGTH = 4096;

/**
 * The ranking as one number: tier, then kind (zones first), then the shorter name, then data
 * order (below 2^24 records, names counted up to 4,095 characters; all below 2^53).
 */
function sortKey(ix: SearchIndex, i: number, tierField: number): number {
  const { zones, enterprises } = ix.sources;
  const kind = i < zones.length ? 0 : i < zones.length + enterprises.length ? 1 : 2;
  const name = tierField % 3 === 1 ? ix.en[i] : ix.zh[i];
  const length = Math.min(name?.length ?? 0, LENGTH - 1);
  return ((Math.floor(tierField / 3) * 3 + kind) * LENGTH + length) * ORDER + i;
}

/** Keeps `best` ascending and at most `limit` long, so a 100k-record scan never sorts 100k. */
function keep(best: number[], key: number, limit: number): void {
  if (best.length >= limit && key >= (best[best.length - 1] ?? 0)) return;
  let i = best.length;
  while (i > 0 && key < (best[i - 1] ?? 0)) i--;
  best.splice(i, 0, key);
  if (best.length > limit) best.pop();
}

function toHit(ix: SearchIndex, i: number, tierField: number): SearchHit | null {
  const { zones, enterprises, projects } = ix.sources;
  const tier = MATCH_TIERS[Math.floor(tierField / 3)] ?? 'infix';
  const how = { tier, field: FIELDS[tierField % 3] ?? 'zh' };
  const z = zones[i];
  if (z) {
    const target = { kind: 'zone', id: z.zone_id } as const;
    return { target, name_zh: z.name_zh, name_en: z.name_en, synthetic: false, ...how };
  }
  const e = i - zones.length;
  const ent = enterprises[e];
  if (ent) return { target: { kind: 'enterprise', index: e }, ...names(ent), ...how };
  const p = e - enterprises.length;
  const proj = projects[p];
  return proj ? { target: { kind: 'project', index: p }, ...names(proj), ...how } : null;
}

const names = (r: { name_zh: string; name_en: string | null; synthetic: boolean }) => ({
  name_zh: r.name_zh,
  name_en: r.name_en,
  synthetic: r.synthetic,
});

/** Records whose Chinese or English name contains the query, or whose pinyin spells it. */
export function searchIndex(index: SearchIndex, query: string, limit = SEARCH_LIMIT): SearchResult {
  const q = normalizeText(query);
  if (q === '' || limit <= 0) return { hits: [], total: 0 };
  const compact = q.replace(/[\s']/g, '');
  const py = PINYIN_QUERY.test(compact) ? compact : null;
  const best: number[] = [];
  let total = 0;
  for (let i = 0; i < index.zh.length; i++) {
    const m = match(index, i, q, py);
    if (m < 0) continue;
    total++;
    keep(best, sortKey(index, i, m), limit);
  }
  const hits = best.flatMap((key) => {
    const i = key % ORDER;
    return toHit(index, i, match(index, i, q, py)) ?? [];
  });
  return { hits, total };
}
