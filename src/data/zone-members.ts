import type { ZoneId } from '../domain/zone';
import { ZONE_IDS } from '../domain/zone';
import type { EntityData } from './entities';

export type SortKey = 'name' | 'year' | 'employees' | 'investment';

const collators = { zh: new Intl.Collator('zh-CN'), en: new Intl.Collator('en') };

/**
 * The filtered records of one dataset that lie in the zone (every filtered record when `zone`
 * is null), sorted. Indices address the loaded arrays; names sort by pinyin in Chinese
 * (Intl.Collator zh-CN); years, employees and investment descending with unknown values last.
 * With `realFirst`, real records come before synthetic ones, each group in that order — so an
 * investor looking for anchor firms sees the named, sourced ones first.
 */
export function zoneMembers(
  data: EntityData,
  kind: 'enterprise' | 'project',
  matched: Uint32Array,
  zone: ZoneId | null,
  sort: SortKey,
  lang: 'zh' | 'en',
  realFirst = false,
): number[] {
  const out: number[] = [];
  if (zone === null) for (const i of matched) out.push(i);
  else {
    const bit = 1 << ZONE_IDS.indexOf(zone);
    const masks = kind === 'enterprise' ? data.link.enterpriseMasks : data.link.projectMasks;
    for (const i of matched) if ((masks[i] ?? 0) & bit) out.push(i);
  }
  const records = kind === 'enterprise' ? data.enterprises : data.projects;
  const group = (i: number) => (realFirst && records[i]?.synthetic ? 1 : 0);
  if (sort === 'name') {
    const name = (i: number) => {
      const r = records[i];
      return (lang === 'en' && r?.name_en) || r?.name_zh || '';
    };
    const keyed = out.map((i) => [group(i), name(i), i] as const);
    keyed.sort((a, b) => a[0] - b[0] || collators[lang].compare(a[1], b[1]) || a[2] - b[2]);
    return keyed.map(([, , i]) => i);
  }
  const value = sortValue(data, kind, sort);
  return out.sort((a, b) => group(a) - group(b) || value(b) - value(a) || a - b);
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
export function realCount(data: EntityData, kind: 'enterprise' | 'project', items: number[]) {
  const records = kind === 'enterprise' ? data.enterprises : data.projects;
  let n = 0;
  for (const i of items) if (records[i] && !records[i].synthetic) n++;
  return n;
}
