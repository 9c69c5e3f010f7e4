import Flatbush from 'flatbush';
import { describe, expect, it } from 'vitest';
import { buildEntityIndex } from '../../src/geo/entity-index';
import { applyFilter } from '../../src/geo/filter-engine';
import { computePlanProgress } from '../../src/geo/plan-progress';
import { computeStats } from '../../src/geo/stats';
import { company, type FilterWorld, spec, works, world } from './builders/filter-world';

const XIPENG = 0b0001;
const JIULONG = 0b0010;
const PENINSULA = 0b1000;

function statsOf(w: FilterWorld, over: Parameters<typeof spec>[0] = {}) {
  const index = buildEntityIndex(w.enterprises, w.projects, w.link, Flatbush);
  return computeStats(index, applyFilter(index, spec(over)));
}

describe('computeStats', () => {
  const overlapping = () =>
    world(
      [
        {
          record: company('both', [106.5, 29.5], {
            categories: ['高新技术企业'],
            industry: '氢能源',
          }),
          mask: XIPENG | PENINSULA,
        },
        { record: company('park', [106.5, 29.5], { industry: '氢能源' }), mask: XIPENG },
        { record: company('nowhere', [106.5, 29.5]), mask: 0 },
      ],
      [
        {
          record: works('known', [106.5, 29.5], { investment_yi: 12.5, status: '在建' }),
          mask: XIPENG | JIULONG,
        },
        { record: works('secret', [106.5, 29.5], { investment_yi: null }), mask: JIULONG },
      ],
    );

  it('counts a record in a park and a belt in both zones and once in the total', () => {
    const stats = statsOf(overlapping());
    expect(stats.byZone['xipeng-park'].enterprises).toBe(2);
    expect(stats.byZone['jiulong-peninsula-belt'].enterprises).toBe(1);
    expect(stats.total.enterprises).toBe(3);
    expect(stats.total.enterprisesByCategory.高新技术企业).toBe(1);
    expect(stats.byZone['jiulong-peninsula-belt'].enterprisesByCategory.高新技术企业).toBe(1);
    expect(stats.total.enterprisesByIndustry.氢能源).toBe(2);
  });

  it('sums known investment and counts the unknown, per zone and once in total', () => {
    const stats = statsOf(overlapping());
    expect(stats.byZone['jiulong-park']).toMatchObject({
      projects: 2,
      investmentYi: 12.5,
      investmentKnown: 1,
      investmentUnknown: 1,
    });
    expect(stats.byZone['xipeng-park'].investmentYi).toBe(12.5);
    expect(stats.total).toMatchObject({ projects: 2, investmentYi: 12.5, investmentUnknown: 1 });
    expect(stats.total.projectsByStatus.在建).toBe(1);
    expect(stats.byZone['yangjiaping-belt'].projects).toBe(0);
  });

  it('counts only what the filter matched', () => {
    const stats = statsOf(overlapping(), { categories: ['高新技术企业'] });
    expect(stats.total.enterprises).toBe(1);
    expect(stats.byZone['xipeng-park'].enterprisesByIndustry.氢能源).toBe(1);
  });
});

describe('computePlanProgress', () => {
  const firms = () =>
    world([
      {
        record: company('a', [106.5, 29.5], {
          categories: ['高新技术企业', '规上工业企业', '有研发机构'],
        }),
      },
      { record: company('b', [106.5, 29.5], { categories: ['规上工业企业'] }) },
      { record: company('c', [106.5, 29.5], { categories: ['新型研发机构'] }), mask: XIPENG },
    ]);

  function progressOf(w: FilterWorld, over: Parameters<typeof spec>[0] | null) {
    const index = buildEntityIndex(w.enterprises, w.projects, w.link, Flatbush);
    const result = over === null ? null : applyFilter(index, spec(over));
    return new Map(computePlanProgress(index, result).map((p) => [p.indicator.id, p]));
  }

  it('counts enterprises of a category against the target', () => {
    const high = progressOf(firms(), null).get('high-tech-enterprises');
    expect(high?.value).toBe(1);
    expect(high?.progress).toBeCloseTo(1 / 750);
  });

  it('computes the share of large industrial firms with an R&D unit in percent', () => {
    const share = progressOf(firms(), null).get('large-industrial-with-rd-unit');
    expect(share?.value).toBe(50);
    expect(share?.progress).toBe(1);
  });

  it('covers the 13 targets of the plan, four of them computable from our data', () => {
    const all = [...progressOf(firms(), null).values()];
    expect(all).toHaveLength(13);
    expect(all.filter((p) => p.computable).map((p) => p.target)).toEqual([750, 4000, 20, 50]);
  });

  it('returns null for the indicators the data cannot compute', () => {
    const all = progressOf(firms(), null);
    for (const id of ['rd-intensity', 'high-value-patents', 'high-level-talent']) {
      expect(all.get(id)).toMatchObject({ value: null, progress: null, computable: false });
    }
  });

  it('returns null for a share of no enterprise, still marked computable', () => {
    const share = progressOf(firms(), { zones: ['xipeng-park'] }).get(
      'large-industrial-with-rd-unit',
    );
    expect(share).toMatchObject({ value: null, progress: null, computable: true });
  });
});
