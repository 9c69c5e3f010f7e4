import { describe, expect, it } from 'vitest';
import type { EntityData } from '../../src/data/entities';
import {
  prepareOrder,
  type SortKey,
  zoneMembers,
  zoneMembersNow,
} from '../../src/data/zone-members';
import { enterprise } from './builders/zones';

/** A seeded pseudo-random sequence, so a failure can be replayed. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const SYLLABLES = ['阿', '巴', '重庆', '甲', '乙', '丙', '九龙', '西彭', '氢', '科'];

function dataset(n: number, rand: () => number): EntityData {
  const enterprises = Array.from({ length: n }, (_, i) => {
    const name = `${SYLLABLES[Math.floor(rand() * SYLLABLES.length)]}${SYLLABLES[Math.floor(rand() * SYLLABLES.length)]}公司`;
    const e = enterprise(`e${i}`, [106.3, 29.3], {
      name_zh: name,
      name_en: rand() < 0.5 ? `Firm ${Math.floor(rand() * 50)}` : null,
      founded: rand() < 0.2 ? null : 1990 + Math.floor(rand() * 30),
      employees: rand() < 0.2 ? null : Math.floor(rand() * 500),
    });
    return { ...e, synthetic: rand() < 0.7 };
  });
  const masks = Uint32Array.from({ length: n }, () => Math.floor(rand() * 4));
  return {
    enterprises,
    projects: [],
    link: { enterpriseMasks: masks, projectMasks: new Uint32Array(0) },
  } as unknown as EntityData;
}

/** The plain definition: keep the matches in the zone, sort them with a fresh comparator. */
function naive(
  d: EntityData,
  matched: number[],
  bit: number,
  sort: SortKey,
  lang: 'zh' | 'en',
  realFirst: boolean,
) {
  const collator = new Intl.Collator(lang === 'zh' ? 'zh-CN' : 'en');
  const rs = d.enterprises;
  const keep = matched.filter((i) => bit === 0 || ((d.link.enterpriseMasks[i] ?? 0) & bit) !== 0);
  const group = (i: number) => (realFirst && rs[i]?.synthetic ? 1 : 0);
  const name = (i: number) => (lang === 'en' && rs[i]?.name_en) || rs[i]?.name_zh || '';
  const value = (i: number) =>
    (sort === 'year' ? rs[i]?.founded : sort === 'employees' ? rs[i]?.employees : null) ??
    Number.NEGATIVE_INFINITY;
  return keep.sort((a, b) =>
    sort === 'name'
      ? group(a) - group(b) || collator.compare(name(a), name(b)) || a - b
      : group(a) - group(b) || value(b) - value(a) || a - b,
  );
}

describe('zoneMembers over a precomputed order', () => {
  it('lists exactly the naive sort of the matches, for small and large match sets', () => {
    const rand = rng(11);
    const d = dataset(600, rand);
    for (let round = 0; round < 40; round++) {
      // From a few matches (sorted directly) to most of the dataset (walked in the full order).
      const share = [0.01, 0.05, 0.3, 0.9][round % 4] as number;
      const matched = Array.from({ length: 600 }, (_, i) => i).filter(() => rand() < share);
      const zone = round % 3 === 0 ? null : 'xipeng-park';
      const sort = (['name', 'year', 'employees'] as const)[round % 3] as SortKey;
      const lang = round % 2 === 0 ? 'zh' : 'en';
      const realFirst = round % 5 < 2;
      const got = zoneMembers(
        d,
        'enterprise',
        Uint32Array.from(matched),
        zone,
        sort,
        lang,
        realFirst,
      );
      expect(got).toEqual(naive(d, matched, zone === null ? 0 : 1, sort, lang, realFirst));
    }
  });
});

describe('zoneMembersNow and prepareOrder (the order computed in short tasks)', () => {
  it('gives the members at once, then after prepareOrder exactly the naive sort', async () => {
    const rand = rng(23);
    // Several runs of 256 and merges of unequal widths (see slices.ts).
    const d = dataset(3_001, rand);
    for (const [sort, lang, realFirst] of [
      ['name', 'zh', true],
      ['name', 'en', false],
      ['year', 'zh', true],
      ['employees', 'en', true],
    ] as const) {
      const matched = Array.from({ length: 3_001 }, (_, i) => i).filter(() => rand() < 0.8);
      const m = Uint32Array.from(matched);
      const before = zoneMembersNow(d, 'enterprise', m, 'xipeng-park', sort, lang, realFirst);
      const expected = naive(d, matched, 1, sort, lang, realFirst);
      // Not sorted yet, but the same members (counts and the real-record count need no order).
      expect(before.sorted).toBe(false);
      expect([...before.items].sort((a, b) => a - b)).toEqual([...expected].sort((a, b) => a - b));
      await Promise.all([
        prepareOrder(d, 'enterprise', sort, lang, realFirst),
        prepareOrder(d, 'enterprise', sort, lang, realFirst),
      ]);
      const after = zoneMembersNow(d, 'enterprise', m, 'xipeng-park', sort, lang, realFirst);
      expect(after.sorted).toBe(true);
      expect(after.items).toEqual(expected);
      expect(zoneMembers(d, 'enterprise', m, null, sort, lang, realFirst)).toEqual(
        naive(d, matched, 0, sort, lang, realFirst),
      );
    }
  });

  it('sorts a handful of matches at once, without waiting for an order', () => {
    const d = dataset(3_000, rng(5));
    const m = Uint32Array.from([2_999, 7, 1_500]);
    const now = zoneMembersNow(d, 'enterprise', m, null, 'name', 'zh', false);
    expect(now.sorted).toBe(true);
    expect(now.items).toEqual(naive(d, [2_999, 7, 1_500], 0, 'name', 'zh', false));
  });
});
