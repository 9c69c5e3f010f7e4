import Flatbush from 'flatbush';
import { describe, expect, it } from 'vitest';
import { INDUSTRIES } from '../../src/domain/entity';
import { buildEntityIndex } from '../../src/geo/entity-index';
import { applyFilter } from '../../src/geo/filter-engine';
import { locationQuotients } from '../../src/geo/location-quotient';
import { countZoneIndustry } from '../../src/geo/zone-industry-counts';
import { JIULONG, XIPENG } from './builders/export-world';
import { company, spec, world } from './builders/filter-world';

const AT: [number, number] = [106.4, 29.4];

/** n enterprises of an industry with a zone mask. */
function firms(n: number, industry: (typeof INDUSTRIES)[number], mask: number, tag: string) {
  return Array.from({ length: n }, (_, i) => ({
    record: company(`${tag}${i}`, AT, { industry, coordinates: AT }),
    mask,
  }));
}

describe('location quotient', () => {
  /*
   * 西彭: 10 新材料 + 10 氢能源; 九龙: 3 新材料 + 27 智能产业; in both zones: 2 氢能源 (counted
   * in each zone, once in the district); in no zone: 38 智能产业. District N = 90 firms:
   * 新材料 13, 氢能源 12, 智能产业 65. Zone totals 西彭 22, 九龙 32. By hand:
   *   西彭 新材料 = (10/22) / (13/90) ≈ 3.147   西彭 氢能源 = (12/22) / (12/90) ≈ 4.091
   *   九龙 智能产业 = (27/32) / (65/90) ≈ 1.168  九龙 新材料: 3 firms < 5 → not meaningful
   */
  const w = world([
    ...firms(10, '新材料', XIPENG, 'a'),
    ...firms(10, '氢能源', XIPENG, 'b'),
    ...firms(3, '新材料', JIULONG, 'c'),
    ...firms(27, '智能产业', JIULONG, 'd'),
    ...firms(2, '氢能源', XIPENG | JIULONG, 'e'),
    ...firms(38, '智能产业', 0, 'f'),
  ]);
  const index = buildEntityIndex(w.enterprises, w.projects, w.link, Flatbush);
  const counts = countZoneIndustry(index, applyFilter(index, spec()));
  const lq = locationQuotients(
    counts.counts,
    counts.zoneTotals,
    counts.districtCounts,
    counts.districtTotal,
  );
  const cell = (zone: number, industry: (typeof INDUSTRIES)[number]) =>
    lq[zone]?.[INDUSTRIES.indexOf(industry)];

  it('counts firms per zone and industry, a firm in two zones in both', () => {
    expect(counts.zoneTotals.slice(0, 2)).toEqual([22, 32]);
    expect(counts.districtTotal).toBe(90);
  });

  it('equals the hand computation', () => {
    expect(cell(0, '新材料')?.value).toBeCloseTo(3.1469, 4);
    expect(cell(0, '氢能源')?.value).toBeCloseTo(4.0909, 4);
    expect(cell(1, '智能产业')?.value).toBeCloseTo(1.1683, 4);
  });

  it('reports counts under 5 as not meaningful, and empty zones or industries too', () => {
    expect(cell(1, '新材料')).toEqual({ count: 3, value: null, reason: 'small' });
    expect(cell(0, '智能产业')).toEqual({ count: 0, value: null, reason: 'small' });
    expect(cell(2, '新材料')).toEqual({ count: 0, value: null, reason: 'empty' });
    expect(cell(0, '汽车摩托车')).toEqual({ count: 0, value: null, reason: 'empty' });
  });
});
