import type { ZoneId } from '../domain/zone';
import { ZONE_IDS } from '../domain/zone';
import type { EntityData } from './entities';
import { runSliced, sortSteps } from './slices';

export type SortKey = 'name' | 'year' | 'employees' | 'investment';

type Lang = 'zh' | 'en';

const collators = { zh: new Intl.Collator('zh-CN'), en: new Intl.Collator('en') };

type Kind = 'enterprise' | 'project';

/**
 * Every record of one dataset in list order, computed once per data, kind, sort, language and
 * grouping: a filter change or a pan with "only what is in view" then only walks this order
 * (linear) instead of sorting the matches again (100k pinyin collator comparisons took seconds
 * and held up the map's next idle).
 */
const orders = new WeakMap<EntityData, Map<string, Uint32Array>>();

const orderKey = (kind: Kind, sort: SortKey, lang: Lang, realFirst: boolean) =>
  `${kind}|${sort}|${lang}|${realFirst}`;

function fullOrder(data: EntityData, kind: Kind, sort: SortKey, lang: Lang, realFirst: boolean) {
  let byKey = orders.get(data);
  if (!byKey) {
    byKey = new Map();
    orders.set(data, byKey);
  }
  const key = orderKey(kind, sort, lang, realFirst);
  let order = byKey.get(key);
  if (!order) {
    const records = kind === 'enterprise' ? data.enterprises : data.projects;
    const all = Array.from({ length: records.length }, (_, i) => i);
    order = Uint32Array.from(sortIndices(data, kind, all, sort, lang, realFirst));
    byKey.set(key, order);
  }
  return order;
}

const nameOf = (r: { name_zh: string; name_en?: string | null } | undefined, lang: Lang) =>
  (lang === 'en' && r?.name_en) || r?.name_zh || '';

/**
 * The list's comparator over record indices; by name it reads `names` (looked up once per
 * record, not once per comparison). Total: ties break by index, so any correct sort agrees.
 */
function comparator(
  data: EntityData,
  kind: Kind,
  sort: SortKey,
  lang: Lang,
  realFirst: boolean,
  names: readonly string[],
): (a: number, b: number) => number {
  const records = kind === 'enterprise' ? data.enterprises : data.projects;
  const group = (i: number) => (realFirst && records[i]?.synthetic ? 1 : 0);
  if (sort === 'name') {
    const collator = collators[lang];
    return (a, b) =>
      group(a) - group(b) || collator.compare(names[a] ?? '', names[b] ?? '') || a - b;
  }
  const value = sortValue(data, kind, sort);
  return (a, b) => group(a) - group(b) || value(b) - value(a) || a - b;
}

function sortIndices(
  data: EntityData,
  kind: Kind,
  out: number[],
  sort: SortKey,
  lang: Lang,
  realFirst: boolean,
): number[] {
  const records = kind === 'enterprise' ? data.enterprises : data.projects;
  const names: string[] = [];
  if (sort === 'name') for (const i of out) names[i] = nameOf(records[i], lang);
  return out.sort(comparator(data, kind, sort, lang, realFirst, names));
}

/** Records handled between two chances to yield while names are looked up. */
const NAME_STEP = 4096;

/** The whole dataset's list order, computed in steps that yield (see slices.ts). */
function* fullOrderSteps(
  data: EntityData,
  kind: Kind,
  sort: SortKey,
  lang: Lang,
  realFirst: boolean,
) {
  const records = kind === 'enterprise' ? data.enterprises : data.projects;
  const names: string[] = [];
  if (sort === 'name') {
    for (let i = 0; i < records.length; i++) {
      names.push(nameOf(records[i], lang));
      if (i % NAME_STEP === NAME_STEP - 1) yield;
    }
  }
  const all = Array.from({ length: records.length }, (_, i) => i);
  const sorted = yield* sortSteps(all, comparator(data, kind, sort, lang, realFirst, names));
  return Uint32Array.from(sorted);
}

const pending = new WeakMap<EntityData, Map<string, Promise<void>>>();

/**
 * Computes the whole dataset's list order in short tasks (a pinyin sort of 100,000 names in
 * one go was a main-thread task of 0.2–0.6 s) and keeps it for zoneMembers. Callers of the
 * same data and order share one computation.
 */
export function prepareOrder(
  data: EntityData,
  kind: Kind,
  sort: SortKey,
  lang: Lang,
  realFirst: boolean,
): Promise<void> {
  const key = orderKey(kind, sort, lang, realFirst);
  if (orders.get(data)?.has(key)) return Promise.resolve();
  let byKey = pending.get(data);
  if (!byKey) {
    byKey = new Map();
    pending.set(data, byKey);
  }
  const running = byKey.get(key);
  if (running) return running;
  const done = runSliced(fullOrderSteps(data, kind, sort, lang, realFirst)).then((order) => {
    let known = orders.get(data);
    if (!known) {
      known = new Map();
      orders.set(data, known);
    }
    known.set(key, order);
    byKey.delete(key);
  });
  byKey.set(key, done);
  return done;
}

/** Whether zoneMembers would sort the whole dataset now (its order is not known yet). */
export function needsOrder(
  data: EntityData,
  kind: Kind,
  matchedCount: number,
  sort: SortKey,
  lang: Lang,
  realFirst: boolean,
): boolean {
  const n = (kind === 'enterprise' ? data.enterprises : data.projects).length;
  const known = orders.get(data)?.has(orderKey(kind, sort, lang, realFirst));
  return !known && matchedCount * 16 >= n;
}

/**
 * zoneMembers without a long task: when the whole dataset's order is not known yet, the
 * members in dataset order and `sorted: false` (the caller runs prepareOrder and asks again).
 * The members are the same either way; only their order waits.
 */
export function zoneMembersNow(
  data: EntityData,
  kind: Kind,
  matched: Uint32Array,
  zone: ZoneId | null,
  sort: SortKey,
  lang: Lang,
  realFirst = false,
): { items: readonly number[] | Uint32Array; sorted: boolean } {
  if (!needsOrder(data, kind, matched.length, sort, lang, realFirst)) {
    return { items: zoneMembers(data, kind, matched, zone, sort, lang, realFirst), sorted: true };
  }
  const inZone = zoneTest(data, kind, zone);
  const items: number[] = [];
  for (const i of matched) if (inZone(i)) items.push(i);
  return { items, sorted: false };
}

/** Whether record i lies in the zone (every record when `zone` is null). */
function zoneTest(data: EntityData, kind: Kind, zone: ZoneId | null): (i: number) => boolean {
  if (zone === null) return () => true;
  const bit = 1 << ZONE_IDS.indexOf(zone);
  const masks = kind === 'enterprise' ? data.link.enterpriseMasks : data.link.projectMasks;
  return (i) => ((masks[i] ?? 0) & bit) !== 0;
}

/**
 * The filtered records of one dataset that lie in the zone (every filtered record when `zone`
 * is null), sorted. Indices address the loaded arrays; names sort by pinyin in Chinese
 * (Intl.Collator zh-CN); years, employees and investment descending with unknown values last.
 * With `realFirst`, real records come before synthetic ones, each group in that order — so an
 * investor looking for anchor firms sees the named, sourced ones first. Ties break by index,
 * so the order is total and the matches keep the order of the whole dataset's list.
 */
export function zoneMembers(
  data: EntityData,
  kind: Kind,
  matched: Uint32Array,
  zone: ZoneId | null,
  sort: SortKey,
  lang: Lang,
  realFirst = false,
): readonly number[] | Uint32Array {
  const records = kind === 'enterprise' ? data.enterprises : data.projects;
  // Nothing filtered out and no zone (clearing the filters): the list is the whole order, known
  // once; walking 100k records to copy it held the main thread on every clear (issue 11).
  if (zone === null && matched.length === records.length)
    return fullOrder(data, kind, sort, lang, realFirst);
  const keep = new Uint8Array(records.length);
  const inZone = zoneTest(data, kind, zone);
  for (const i of matched) if (inZone(i)) keep[i] = 1;
  const out: number[] = [];
  // A handful of matches sorts faster than a walk over the whole dataset's order, unless that
  // order is already known (then a walk is a few ms even at 100k, and a pinyin sort of a few
  // thousand names is not).
  const known = orders.get(data)?.get(orderKey(kind, sort, lang, realFirst));
  if (!known && matched.length * 16 < records.length) {
    for (const i of matched) if (keep[i]) out.push(i);
    return sortIndices(data, kind, out, sort, lang, realFirst);
  }
  for (const i of known ?? fullOrder(data, kind, sort, lang, realFirst)) if (keep[i]) out.push(i);
  return out;
}

/** The number a record sorts by; unknown (or not applicable) values sort last. */
function sortValue(
  data: EntityData,
  kind: 'enterprise' | 'project',
  sort: Exclude<SortKey, 'name'>,
): (i: number) => number {
  const none = Number.NEGATIVE_INFINITY;
  if (kind === 'project') {
    if (sort === 'year') return (i) => data.projects[i]?.start_year ?? none;
    if (sort === 'investment') return (i) => data.projects[i]?.investment_yi ?? none;
    return () => none;
  }
  if (sort === 'year') return (i) => data.enterprises[i]?.founded ?? none;
  if (sort === 'employees') return (i) => data.enterprises[i]?.employees ?? none;
  return () => none;
}

/** How many of the listed records are real (not synthetic). */
export function realCount(
  data: EntityData,
  kind: 'enterprise' | 'project',
  items: Iterable<number>,
) {
  // The typed flag column, not the record objects: a pass over 100k objects took 100–180 ms
  // per change on a loaded machine (issue 11, "only what is in view" pans).
  const synthetic = (kind === 'enterprise' ? data.index.enterprises : data.index.projects)
    .synthetic;
  let n = 0;
  for (const i of items) if (synthetic[i] === 0) n++;
  return n;
}
