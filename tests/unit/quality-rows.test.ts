import { describe, expect, it } from 'vitest';
import type { SkippedRecord } from '../../src/domain/entity';
import {
  findMismatches,
  mismatchTable,
  skippedTable,
} from '../../src/features/data-quality/quality-rows';
import { PENINSULA, XIPENG, zoneNames } from './builders/export-world';
import { company, works, world } from './builders/filter-world';

const mixed = () =>
  world(
    [
      {
        record: company('ok', [106.5, 29.5], { declared_zone: 'xipeng-park' }),
        mask: XIPENG,
        link: 'consistent',
      },
      {
        record: company('away', [106.6, 29.6], { declared_zone: 'xipeng-park', accuracy: 'town' }),
        mask: PENINSULA,
        link: 'outside-declared',
      },
    ],
    [
      {
        record: works('lost', [106.7, 29.7], { declared_zone: 'jiulong-park' }),
        link: 'outside-declared',
      },
    ],
  );

function skipped(): SkippedRecord[] {
  return [
    { dataset: 'enterprises', index: 7, id: null, reason: 'missing-id', detail: 'no "id"' },
    { dataset: 'projects', index: 0, id: '=bad', reason: 'unknown-zone', detail: 'zone x, y' },
  ];
}

describe('findMismatches', () => {
  it('lists only outside-declared records, enterprises then projects', () => {
    const list = findMismatches(mixed());
    expect(list.map((m) => m.ref)).toEqual([
      { kind: 'enterprise', index: 1 },
      { kind: 'project', index: 0 },
    ]);
  });
});

describe('mismatchTable', () => {
  it('writes the declared zone, the zones it is in and its accuracy', () => {
    const w = mixed();
    const table = mismatchTable(findMismatches(w), zoneNames('zh'), 'zh');
    expect(table.rows).toHaveLength(2);
    const row = Object.fromEntries(table.header.map((h, i) => [h, table.rows[0]?.[i]]));
    expect(row).toMatchObject({ 登记园区: '西彭园区', 所在区域: '九龙半岛带', 定位精度: '镇街级' });
    expect(table.rows[1]?.[5]).toBe('无');
  });
});

describe('skippedTable', () => {
  it('writes dataset, index, id, reason label and detail per skipped record', () => {
    const table = skippedTable(skipped(), 'en');
    expect(table.header).toEqual(['Dataset', 'Feature index (from 0)', 'ID', 'Reason', 'Detail']);
    expect(table.rows).toEqual([
      ['Enterprises', 7, null, 'Missing ID', 'no "id"'],
      ['Projects', 0, '=bad', 'Unknown zone', 'zone x, y'],
    ]);
  });
});
