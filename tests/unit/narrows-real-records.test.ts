import { describe, expect, it } from 'vitest';
import { EMPTY_FILTER, type FilterSpec } from '../../src/domain/filter';
import { narrowsRealRecords } from '../../src/state/filters-slice';

const base: FilterSpec = { ...EMPTY_FILTER, includeSynthetic: true };

describe('narrowsRealRecords (the briefing KPI says 当前筛选 when true)', () => {
  it('is false with no criteria, with or without synthetic records', () => {
    expect(narrowsRealRecords(base)).toBe(false);
    expect(narrowsRealRecords({ ...base, includeSynthetic: false })).toBe(false);
  });

  it('is true for any other criterion, including with synthetic records left out', () => {
    const narrowed: FilterSpec[] = [
      { ...base, industries: ['氢能源'] },
      { ...base, zones: ['xipeng-park'] },
      { ...base, userZones: ['user:l1'] },
      { ...base, years: { min: 2020, max: null } },
      { ...base, inView: [106.3, 29.3, 106.4, 29.4] },
    ];
    for (const f of narrowed) {
      expect(narrowsRealRecords(f)).toBe(true);
      expect(narrowsRealRecords({ ...f, includeSynthetic: false })).toBe(true);
    }
  });
});
