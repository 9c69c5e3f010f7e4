import Flatbush from 'flatbush';
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../src/data/export/csv';
import { statsTable } from '../../src/data/export/stats-rows';
import { userZoneId } from '../../src/domain/user-zone';
import { ZONE_IDS } from '../../src/domain/zone';
import { buildEntityIndex } from '../../src/geo/entity-index';
import { applyFilter } from '../../src/geo/filter-engine';
import { computeStats } from '../../src/geo/stats';
import { linkUserZone } from '../../src/geo/user-zone-link';
import { compareUserZones } from '../../src/geo/zone-comparison';
import { XIPENG, zoneNames } from './builders/export-world';
import { company, spec, world } from './builders/filter-world';
import { rectRing } from './builders/zones';

const ID = userZoneId('mine');
const SQUARE = {
  type: 'MultiPolygon' as const,
  coordinates: [[rectRing(106.35, 29.35, 106.45, 29.45)]],
};

/** Two firms inside the user's square, one in 西彭 outside it: the zone's counts are real. */
function tables(name: string, file: string) {
  const w = world(
    [
      { record: company('a', [106.41, 29.41]) },
      { record: company('b', [106.42, 29.42]) },
      { record: company('c', [106.3, 29.3]), mask: XIPENG },
    ],
    [],
  );
  const index = buildEntityIndex(w.enterprises, w.projects, w.link, Flatbush);
  const all = applyFilter(index, spec());
  const bits = linkUserZone(ID, SQUARE, w.enterprises, w.projects);
  const [row] = compareUserZones(index, all, [{ id: ID, areaKm2: 4, bits }]);
  const user = row ? [{ name, file, group: row.group }] : [];
  const stats = computeStats(index, all);
  return {
    zh: statsTable(stats, zoneNames('zh'), 'zh', user),
    en: statsTable(stats, zoneNames('en'), 'en', user),
  };
}

describe('the statistics CSV says where each zone comes from', () => {
  it('has a 区域来源 / Zone source column: the plan for plan zones, the file for a user zone', () => {
    const { zh, en } = tables('我的园区', 'park.geojson');
    expect(zh.header.slice(0, 2)).toEqual(['区域', '区域来源']);
    expect(en.header.slice(0, 2)).toEqual(['Zone', 'Zone source']);
    const source = (t: typeof zh) => t.rows.map((r) => r[1]);
    const plan = ZONE_IDS.map(() => '规划“两园两带”');
    // The total is of no one zone: its source cell is empty.
    expect(source(zh)).toEqual([...plan, '用户提供（park.geojson）', null]);
    expect(source(en)).toEqual([
      ...ZONE_IDS.map(() => 'plan’s two parks and two belts'),
      'user-provided (park.geojson)',
      null,
    ]);
    const mine = zh.rows[ZONE_IDS.length] ?? [];
    expect(mine[0]).toBe('我的园区（用户提供）');
    expect(mine[zh.header.indexOf('企业数')]).toBe(2);
    for (const row of [...zh.rows, ...en.rows]) expect(row).toHaveLength(zh.header.length);
  });

  it('writes a formula-like file or zone name as text, not a formula', () => {
    const { zh, en } = tables('=HYPERLINK("x")', '@SUM(A1).geojson');
    const zhCsv = toCsv(zh);
    // The zone name cell starts with =: the CSV writer's apostrophe keeps it text.
    expect(zhCsv).toContain(`"'=HYPERLINK(""x"")（用户提供）"`);
    expect(zhCsv).toContain('用户提供（@SUM(A1).geojson）');
    // In English a file name may start the cell only after "user-provided (": still no
    // cell of the row starts with = + - @.
    const line = toCsv(en).split('\r\n')[ZONE_IDS.length + 1] ?? '';
    expect(line).toContain('user-provided (@SUM(A1).geojson)');
    for (const cell of line.split(',').slice(0, 2)) expect(cell).not.toMatch(/^"?[=+\-@]/);
  });
});
