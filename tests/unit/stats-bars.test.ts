import { describe, expect, it } from 'vitest';
import { barRows } from '../../src/features/stats/stats-rows';

describe('barRows', () => {
  it('keeps the domain order and zeros, and scales bars to the largest value', () => {
    const rows = barRows({ a: 5, b: 0, c: 10 }, ['c', 'a', 'b'] as const, (v) => v.toUpperCase());
    expect(rows.map((r) => [r.key, r.label, r.value, r.fraction])).toEqual([
      ['c', 'C', 10, 1],
      ['a', 'A', 5, 0.5],
      ['b', 'B', 0, 0],
    ]);
  });

  it('draws no bar when every value is zero', () => {
    expect(barRows({ a: 0 }, ['a'] as const, String)[0]?.fraction).toBe(0);
  });
});
