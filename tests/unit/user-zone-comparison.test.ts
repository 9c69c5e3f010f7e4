import Flatbush from 'flatbush';
import { describe, expect, it } from 'vitest';
import { comparisonTable } from '../../src/data/export/comparison-rows';
import { statsTable } from '../../src/data/export/stats-rows';
import { INDUSTRIES } from '../../src/domain/entity';
import { userZoneId } from '../../src/domain/user-zone';
import { ZONE_IDS } from '../../src/domain/zone';
import { sortRows } from '../../src/features/analysis/comparison-sort';
import { areaTableSections, statsAreas } from '../../src/features/stats/stats-rows';
import { buildEntityIndex } from '../../src/geo/entity-index';
import { applyFilter } from '../../src/geo/filter-engine';
import { locationQuotients } from '../../src/geo/location-quotient';
import { computeStats } from '../../src/geo/stats';
import { linkUserZone } from '../../src/geo/user-zone-link';
import { compareUserZones, compareZones } from '../../src/geo/zone-comparison';
import { countZoneIndustry } from '../../src/geo/zone-industry-counts';
import { XIPENG, zoneNames } from './builders/export-world';
import { company, spec, works, world } from './builders/filter-world';
import { rectRing } from './builders/zones';

const IN: [number, number] = [106.41, 29.41];
const OUT: [number, number] = [106.3, 29.3];
const ID = userZoneId('lpark');
// A 0.1° × 0.1° square around IN, not around OUT.
const GEOMETRY = {
  type: 'MultiPolygon' as const,
  coordinates: [[rectRing(106.35, 29.35, 106.45, 29.45)]],
};

/*
 * Inside the user zone: 6 氢能源 firms (2 of them 高新技术企业, 1 synthetic) and 1 新材料 firm,
 * and two projects (2.5 亿元 and unknown). Outside: 4 氢能源 firms in 西彭 and 9 智能产业 firms
 * in no zone, one project. District N = 20 enterprises, 氢能源 10.
 */
function fixture() {
  const w = world(
    [
      ...Array.from({ length: 6 }, (_, i) => ({
        record: company(`h${i}`, IN, {
          industry: '氢能源',
          categories: i < 2 ? ['高新技术企业'] : [],
          synthetic: i === 5,
        }),
      })),
      { record: company('m', IN, { industry: '新材料' }) },
      ...Array.from({ length: 4 }, (_, i) => ({
        record: company(`x${i}`, OUT, { industry: '氢能源' }),
        mask: XIPENG,
      })),
      ...Array.from({ length: 9 }, (_, i) => ({
        record: company(`s${i}`, OUT, { industry: '智能产业' }),
      })),
    ],
    [
      { record: works('p', IN, { investment_yi: 2.5, status: '在建' }) },
      { record: works('q', IN, { investment_yi: null }) },
      { record: works('r', OUT, { investment_yi: 7 }) },
    ],
  );
  const index = buildEntityIndex(w.enterprises, w.projects, w.link, Flatbush);
  const bits = linkUserZone(ID, GEOMETRY, w.enterprises, w.projects);
  return { w, index, bits };
}

describe('a user zone in the zone comparison', () => {
  const { index, bits } = fixture();
  const all = applyFilter(index, spec());
  const [row] = compareUserZones(index, all, [{ id: ID, areaKm2: 4, bits }]);

  it('counts the filtered records inside it like a plan zone, and sets no plan target', () => {
    expect(row?.zone).toBe(ID);
    expect(row?.userProvided).toBe(true);
    expect(row?.group.enterprises).toBe(7);
    expect(row?.group.enterprisesByIndustry.氢能源).toBe(6);
    expect(row?.group.enterprisesByCategory.高新技术企业).toBe(2);
    expect(row?.group.projects).toBe(2);
    expect(row?.group.projectsByStatus.在建).toBe(1);
    expect(row?.group.investmentYi).toBe(2.5);
    expect(row?.group.investmentUnknown).toBe(1);
    expect(row?.enterprisesPerKm2).toBeCloseTo(1.75, 12);
    expect(row?.projectsPerKm2).toBeCloseTo(0.5, 12);
    expect(row?.progress).toBeNull();
  });

  it('follows the filter: without synthetic records one firm fewer', () => {
    const real = applyFilter(index, spec({ includeSynthetic: false }));
    const [r] = compareUserZones(index, real, [{ id: ID, areaKm2: 4, bits }]);
    expect(r?.group.enterprises).toBe(6);
  });

  it('is one CSV row after the plan zones, user-provided, with no plan target in its cells', () => {
    const stats = computeStats(index, all);
    const areas = ZONE_IDS.map((id) => ({ id, areaKm2: 1 }));
    const plan = compareZones(index, all, stats, areas, (id) => ZONE_IDS.indexOf(id));
    const rows = [...plan, ...(row ? [row] : [])];
    const names = { ...zoneNames('zh'), [ID]: '我的园区' };
    const table = comparisonTable(rows, names, 'zh', new Map([[ID, 'park.geojson']]));
    expect(table.rows).toHaveLength(ZONE_IDS.length + 1);
    const last = table.rows[ZONE_IDS.length] ?? [];
    expect(last.slice(0, 2)).toEqual(['我的园区', '用户提供（park.geojson）']);
    expect(last[table.header.indexOf('企业')]).toBe(7);
    const progress = table.header.flatMap((h, i) => (h.includes('进度') ? [i] : []));
    expect(progress.length).toBeGreaterThan(0);
    for (const i of progress) expect(last[i]).toBe('无规划目标');
    // The plan zones keep their numeric progress and say where they come from.
    expect(table.rows[0]?.[1]).toBe('规划“两园两带”');
    expect(typeof table.rows[0]?.[progress[0] ?? 0]).toBe('number');
    const en = comparisonTable(rows, names, 'en', new Map([[ID, 'park.geojson']]));
    expect(en.rows[ZONE_IDS.length]?.[1]).toBe('user-provided (park.geojson)');
    // Sorting by enterprises puts the user zone (7) above 西彭 (4).
    const sorted = sortRows(rows, { key: 'enterprises', dir: 'descending' }).map((r) => r.zone);
    expect(sorted.slice(0, 2)).toEqual([ID, 'xipeng-park']);
  });

  it('has location quotients after the plan zones, equal to the hand computation', () => {
    const c = countZoneIndustry(index, all, [bits.enterprises]);
    const lq = locationQuotients(c.counts, c.zoneTotals, c.districtCounts, c.districtTotal);
    const slot = ZONE_IDS.length;
    expect(c.zoneTotals).toEqual([4, 0, 0, 0, 7]);
    expect(c.districtTotal).toBe(20);
    // 氢能源 in the user zone: (6 / 7) / (10 / 20) = 1.714…; 新材料 1 firm < 5: not meaningful.
    expect(lq[slot]?.[INDUSTRIES.indexOf('氢能源')]?.value).toBeCloseTo(12 / 7, 12);
    expect(lq[slot]?.[INDUSTRIES.indexOf('新材料')]).toEqual({
      count: 1,
      value: null,
      reason: 'small',
    });
    // The plan zones' rows are unchanged by the extra one.
    const plain = countZoneIndustry(index, all);
    expect(c.counts.slice(0, slot)).toEqual(plain.counts);
  });
});

describe('a user zone in the statistics tab', () => {
  it("is an area after the total and the plan zones, with the comparison's counts", () => {
    const { index, bits } = fixture();
    const all = applyFilter(index, spec());
    const rows = compareUserZones(index, all, [{ id: ID, areaKm2: 4, bits }]);
    const areas = statsAreas(computeStats(index, all), rows);
    expect(areas.map((a) => a.area)).toEqual(['total', ...ZONE_IDS, ID]);
    expect(areas.map((a) => a.userProvided)).toEqual([false, false, false, false, false, true]);
    const [headline] = areaTableSections(areas, 'zh');
    const enterprises = headline?.rows.find((r) => r.key === 'enterprises');
    // Total 20, 西彭 4, the others 0, the user zone 7.
    expect(enterprises?.values).toEqual([20, 4, 0, 0, 0, 7]);
    const investment = headline?.rows.find((r) => r.key === 'investment');
    expect(investment?.values.at(-1)).toBe(2.5);
  });

  it('is a row of the statistics CSV after the plan zones, before the total', () => {
    const { index, bits } = fixture();
    const all = applyFilter(index, spec());
    const [row] = compareUserZones(index, all, [{ id: ID, areaKm2: 4, bits }]);
    const user = row ? [{ name: '我的园区', file: 'park.geojson', group: row.group }] : [];
    const table = statsTable(computeStats(index, all), zoneNames('zh'), 'zh', user);
    expect(table.rows).toHaveLength(ZONE_IDS.length + 2);
    const mine = table.rows[ZONE_IDS.length] ?? [];
    expect(mine[0]).toBe('我的园区（用户提供）');
    expect(mine[table.header.indexOf('企业数')]).toBe(7);
    expect(table.rows.at(-1)?.[table.header.indexOf('企业数')]).toBe(20);
  });
});
