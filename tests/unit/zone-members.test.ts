import { describe, expect, it } from 'vitest';
import type { EntityData } from '../../src/data/entities';
import { realCount, zoneMembers } from '../../src/data/zone-members';
import { enterprise, project } from './builders/zones';

/** Just the parts of EntityData that zoneMembers reads, as fresh objects. */
function data(): EntityData {
  const enterprises = [
    enterprise('e0', [106.3, 29.3], { name_zh: '重庆乙公司', name_en: 'Beta', founded: 2001 }),
    enterprise('e1', [106.3, 29.3], { name_zh: '重庆甲公司', name_en: 'Alpha', founded: null }),
    enterprise('e2', [106.3, 29.3], { name_zh: '阿里公司', name_en: null, founded: 2015 }),
    enterprise('e3', [106.5, 29.5], { name_zh: '不在园区', founded: 2020 }),
  ];
  const projects = [
    project('p0', [106.3, 29.3], { investment_yi: 2, start_year: 2020 }),
    project('p1', [106.3, 29.3], { investment_yi: null, start_year: 2022 }),
    project('p2', [106.3, 29.3], { investment_yi: 40, start_year: null }),
  ];
  return {
    enterprises,
    projects,
    link: {
      // bit 0 = xipeng-park; e3 lies in jiulong-park (bit 1) only.
      enterpriseMasks: Uint32Array.from([1, 1, 1, 2]),
      projectMasks: Uint32Array.from([1, 1, 1]),
    },
  } as unknown as EntityData;
}

const all = (n: number) => Uint32Array.from({ length: n }, (_, i) => i);

describe('zoneMembers', () => {
  it('keeps only the matched records that lie in the zone', () => {
    const d = data();
    expect([...zoneMembers(d, 'enterprise', all(4), 'xipeng-park', 'year', 'zh')].sort()).toEqual([
      0, 1, 2,
    ]);
    expect(
      zoneMembers(d, 'enterprise', Uint32Array.from([1, 3]), 'xipeng-park', 'year', 'zh'),
    ).toEqual([1]);
  });

  it('sorts Chinese names by pinyin and English names alphabetically, falling back to Chinese', () => {
    const d = data();
    // 阿 (a) < 甲 (jia) < 乙 (yi)
    expect(zoneMembers(d, 'enterprise', all(4), 'xipeng-park', 'name', 'zh')).toEqual([2, 1, 0]);
    // Alpha < Beta < 阿里公司 (no English name)
    expect(zoneMembers(d, 'enterprise', all(4), 'xipeng-park', 'name', 'en')).toEqual([1, 0, 2]);
  });

  it('sorts years and investments newest/largest first, unknown last', () => {
    const d = data();
    expect(zoneMembers(d, 'enterprise', all(4), 'xipeng-park', 'year', 'zh')).toEqual([2, 0, 1]);
    expect(zoneMembers(d, 'project', all(3), 'xipeng-park', 'investment', 'zh')).toEqual([2, 0, 1]);
    expect(zoneMembers(d, 'project', all(3), 'xipeng-park', 'year', 'zh')).toEqual([1, 0, 2]);
  });
});

describe('zoneMembers: size sorts, real records first, every record', () => {
  it('sorts enterprises by employees, largest first, unknown last', () => {
    const d = data();
    Object.assign(d.enterprises[0] as object, { employees: 50 });
    Object.assign(d.enterprises[1] as object, { employees: null });
    Object.assign(d.enterprises[2] as object, { employees: 900 });
    expect(zoneMembers(d, 'enterprise', all(4), 'xipeng-park', 'employees', 'zh')).toEqual([
      2, 0, 1,
    ]);
  });

  it('puts real records before synthetic ones, keeping the sort inside each group', () => {
    const d = data();
    for (const [i, synthetic] of [false, false, true].entries())
      Object.assign(d.enterprises[i] as object, { synthetic });
    expect(zoneMembers(d, 'enterprise', all(4), 'xipeng-park', 'name', 'zh', true)).toEqual([
      1, 0, 2,
    ]);
    // realCount reads the typed flag column the app builds from the records (point-columns).
    const synthetic = Uint8Array.from(d.enterprises, (r) => (r.synthetic ? 1 : 0));
    Object.assign(d, { index: { enterprises: { synthetic } } });
    expect(realCount(d, 'enterprise', [0, 1, 2])).toBe(2);
  });

  it('lists every matched record when no zone is given', () => {
    const d = data();
    expect([...zoneMembers(d, 'enterprise', all(4), null, 'year', 'zh')]).toEqual([3, 2, 0, 1]);
    // Every record matching (the filters cleared) takes the whole order, the same as a subset's.
    expect([
      ...zoneMembers(d, 'enterprise', Uint32Array.from([0, 2, 3]), null, 'year', 'zh'),
    ]).toEqual([3, 2, 0]);
  });
});
