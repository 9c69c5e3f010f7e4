import Flatbush from 'flatbush';
import { describe, expect, it } from 'vitest';
import { comparisonTable } from '../../src/data/export/comparison-rows';
import { planIndustries } from '../../src/domain/plan-industries';
import { ZONE_IDS } from '../../src/domain/zone';
import { nextSort, sortRows } from '../../src/features/analysis/comparison-sort';
import { classBreaks } from '../../src/geo/density';
import { buildEntityIndex } from '../../src/geo/entity-index';
import { applyFilter } from '../../src/geo/filter-engine';
import { computeStats } from '../../src/geo/stats';
import { compareZones } from '../../src/geo/zone-comparison';
import { JIULONG, XIPENG, zoneNames } from './builders/export-world';
import { company, spec, works, world } from './builders/filter-world';

const AT: [number, number] = [106.4, 29.4];

function fixture() {
  const w = world(
    [
      { record: company('a', AT, { categories: ['高新技术企业'] }), mask: XIPENG },
      { record: company('b', AT, { categories: ['高新技术企业', '科技型企业'] }), mask: XIPENG },
      { record: company('c', AT), mask: XIPENG | JIULONG },
      { record: company('d', AT, { industry: '氢能源' }), mask: 0 },
    ],
    [
      { record: works('p', AT, { investment_yi: 2.5 }), mask: JIULONG },
      { record: works('q', AT, { investment_yi: null }), mask: JIULONG },
    ],
  );
  const index = buildEntityIndex(w.enterprises, w.projects, w.link, Flatbush);
  const result = applyFilter(index, spec());
  const stats = computeStats(index, result);
  const areas = ZONE_IDS.map((id, i) => ({ id, areaKm2: [10, 4, 0, 2][i] ?? 0 }));
  return compareZones(index, result, stats, areas, (id) => ZONE_IDS.indexOf(id));
}

describe('zone comparison', () => {
  const rows = fixture();

  it('counts, densities per km² and plan progress per zone', () => {
    const [xipeng, jiulong, yangjiaping] = rows;
    expect(xipeng?.group.enterprises).toBe(3);
    expect(xipeng?.enterprisesPerKm2).toBeCloseTo(0.3, 12);
    expect(jiulong?.group.enterprises).toBe(1);
    expect(jiulong?.group.projects).toBe(2);
    expect(jiulong?.projectsPerKm2).toBeCloseTo(0.5, 12);
    expect(jiulong?.group.investmentYi).toBe(2.5);
    // A zone without a positive area has no density rather than ∞.
    expect(yangjiaping?.enterprisesPerKm2).toBeNull();
    const highTech = xipeng?.progress?.find((p) => p.indicator.id === 'high-tech-enterprises');
    expect(highTech?.value).toBe(2);
    expect(jiulong?.progress?.find((p) => p.indicator.id === 'high-tech-enterprises')?.value).toBe(
      0,
    );
  });

  it('exports exactly one CSV row per zone, names first', () => {
    const table = comparisonTable(rows, zoneNames('zh'), 'zh');
    expect(table.rows).toHaveLength(ZONE_IDS.length);
    expect(table.rows.map((r) => r[0])).toEqual(ZONE_IDS.map((z) => zoneNames('zh')[z]));
    for (const r of table.rows) expect(r).toHaveLength(table.header.length);
  });

  it('sorts by a column, nulls last, and flips on a second click', () => {
    const byDensity = nextSort({ key: 'zone', dir: 'ascending' }, 'density');
    expect(byDensity).toEqual({ key: 'density', dir: 'descending' });
    expect(sortRows(rows, byDensity).map((r) => r.zone)).toEqual([
      'xipeng-park',
      'jiulong-park',
      'jiulong-peninsula-belt',
      'yangjiaping-belt',
    ]);
    const flipped = nextSort(byDensity, 'density');
    expect(sortRows(rows, flipped).map((r) => r.zone)).toEqual([
      'jiulong-peninsula-belt',
      'jiulong-park',
      'xipeng-park',
      'yangjiaping-belt',
    ]);
  });
});

describe('class breaks and plan industries', () => {
  it('quantile breaks are ascending, distinct and below the maximum', () => {
    expect(classBreaks([1, 1, 1, 1, 1, 1])).toEqual([]);
    const values = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(classBreaks(values, 5)).toEqual([20, 40, 60, 80]);
  });

  it("maps the zones' plan industries to the data's classes, and art to none", () => {
    expect([...planIndustries(['新材料(铝合金等轻量化材料)', '新能源', '氢能源'])].sort()).toEqual(
      ['新材料', '氢能源'].sort(),
    );
    expect(
      [...planIndustries(['智能制造', '科技服务业', '工业互联网', '软件信息'])].sort(),
    ).toEqual(['智能产业', '现代服务业'].sort());
    expect(planIndustries(['新型艺术业态', '以美术为重点的艺术产业集群']).size).toBe(0);
  });
});
