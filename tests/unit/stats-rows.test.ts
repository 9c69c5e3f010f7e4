import Flatbush from 'flatbush';
import { describe, expect, it } from 'vitest';
import { statsTable } from '../../src/data/export/stats-rows';
import { buildEntityIndex } from '../../src/geo/entity-index';
import { applyFilter } from '../../src/geo/filter-engine';
import { computeStats } from '../../src/geo/stats';
import { JIULONG, PENINSULA, XIPENG, zoneNames } from './builders/export-world';
import { company, type FilterWorld, spec, works, world } from './builders/filter-world';

function statsOf(w: FilterWorld) {
  const index = buildEntityIndex(w.enterprises, w.projects, w.link, Flatbush);
  return computeStats(index, applyFilter(index, spec()));
}

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
      { record: company('park', [106.5, 29.5]), mask: XIPENG },
      { record: company('nowhere', [106.5, 29.5]) },
    ],
    [
      { record: works('a', [106.5, 29.5], { investment_yi: 0.1, status: '在建' }), mask: JIULONG },
      { record: works('b', [106.5, 29.5], { investment_yi: 0.2 }), mask: JIULONG },
      { record: works('c', [106.5, 29.5]), mask: JIULONG },
    ],
  );

/** The table as one object per row, keyed by header. */
function records(w: FilterWorld, lang: 'zh' | 'en') {
  const table = statsTable(statsOf(w), zoneNames(lang), lang);
  return table.rows.map((r) => Object.fromEntries(table.header.map((h, i) => [h, r[i]])));
}

describe('statsTable', () => {
  it('has one row per zone in the plan order, then the total', () => {
    const rows = records(overlapping(), 'zh');
    expect(rows.map((r) => r.区域)).toEqual([
      '西彭园区',
      '九龙园区',
      '杨家坪带',
      '九龙半岛带',
      '合计(每条记录只计一次,不等于各区域之和)',
    ]);
  });

  it('counts a record in two zones in both and once in the total', () => {
    const rows = records(overlapping(), 'zh');
    const column = (header: string) => rows.map((r) => r[header]);
    expect(column('企业数')).toEqual([2, 0, 0, 1, 3]);
    expect(column('企业·高新技术企业')).toEqual([1, 0, 0, 1, 1]);
    expect(column('企业·氢能源')).toEqual([1, 0, 0, 1, 1]);
  });

  it('writes project counts by status and the investment columns', () => {
    const total = records(overlapping(), 'zh')[4];
    expect(total).toMatchObject({
      项目数: 3,
      项目·在建: 1,
      项目·规划: 2,
      投资已公开项目数: 2,
      投资未公开项目数: 1,
    });
  });

  it('rounds away float noise in investment sums', () => {
    const jiulong = records(overlapping(), 'en')[1];
    expect(jiulong?.['Known investment total (100 million CNY)']).toBe(0.3);
  });

  it('writes English headers and zone names in English', () => {
    const w = overlapping();
    const table = statsTable(statsOf(w), zoneNames('en'), 'en');
    expect(table.header[0]).toBe('Zone');
    expect(table.header).toContain('Enterprises: High-tech enterprise');
    expect(table.header).toContain('Projects: Under construction');
    expect(table.header.join()).not.toMatch(/\p{Script=Han}/u);
    expect(table.rows[0]?.[0]).toBe('Xipeng Park');
  });

  it('gives every row the header length', () => {
    const table = statsTable(statsOf(overlapping()), zoneNames('zh'), 'zh');
    for (const row of table.rows) expect(row).toHaveLength(table.header.length);
  });
});
