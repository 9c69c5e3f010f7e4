import type { ZoneId } from '../domain/zone';
import { ZONE_IDS } from '../domain/zone';
import type { EntityData } from './entities';

export type SortKey = 'name' | 'year' | 'investment';

const collators = { zh: new Intl.Collator('zh-CN'), en: new Intl.Collator('en') };

/**
 * The filtered records of one dataset that lie in the zone, sorted. Indices address the loaded
 * arrays; names sort by pinyin in Chinese (Intl.Collator zh-CN), years and investment descending
 * with unknown values last.
 */
export function zoneMembers(
  data: EntityData,
  kind: 'enterprise' | 'project',
  matched: Uint32Array,
  zone: ZoneId,
  sort: SortKey,
  lang: 'zh' | 'en',
): number[] {
  const bit = 1 << ZONE_IDS.indexOf(zone);
  const masks = kind === 'enterprise' ? data.link.enterpriseMasks : data.link.projectMasks;
  const out: number[] = [];
  for (const i of matched) if ((masks[i] ?? 0) & bit) out.push(i);
  const records = kind === 'enterprise' ? data.enterprises : data.projects;
  const name = (i: number) => {
    const r = records[i];
    return (lang === 'en' && r?.name_en) || r?.name_zh || '';
  };
  if (sort === 'name') {
    const keyed = out.map((i) => [name(i), i] as const);
    keyed.sort((a, b) => collators[lang].compare(a[0], b[0]) || a[1] - b[1]);
    return keyed.map(([, i]) => i);
  }
  const value = (i: number): number => {
    if (kind === 'project') {
      const p = data.projects[i];
      return (sort === 'year' ? p?.start_year : p?.investment_yi) ?? Number.NEGATIVE_INFINITY;
    }
    return sort === 'year'
      ? (data.enterprises[i]?.founded ?? Number.NEGATIVE_INFINITY)
      : Number.NEGATIVE_INFINITY;
  };
  return out.sort((a, b) => value(b) - value(a) || a - b);
}
