import { describe, expect, it } from 'vitest';
import { emptyBitset, setBit } from '../../src/geo/bitset';
import { sameBits } from '../../src/geo/bitset-equal';
import { visibleRange } from '../../src/ui/fixed-virtual-list';

describe('visibleRange (fixed-height record list)', () => {
  it('draws the rows in view plus a few either side, never past the list', () => {
    // 40 px rows, 400 px viewport scrolled to row 100: rows 100–109 in view, 6 more each side.
    expect(visibleRange(4000, 400, 40, 100_000)).toEqual([94, 116]);
    expect(visibleRange(0, 400, 40, 100_000)).toEqual([0, 16]);
    expect(visibleRange(0, 400, 40, 3)).toEqual([0, 3]);
    expect(visibleRange(0, 400, 40, 0)).toEqual([0, 0]);
  });

  it('draws the same number of rows whatever the list size', () => {
    const [a, b] = visibleRange(1_000_000, 400, 40, 1_000_000);
    const [c, d] = visibleRange(1_000, 400, 40, 1_000);
    expect(b - a).toBe(d - c);
  });
});

describe('sameBits', () => {
  it('is true only for the same set of records', () => {
    const a = emptyBitset(100);
    const b = emptyBitset(100);
    for (const i of [3, 40, 99]) {
      setBit(a, i);
      setBit(b, i);
    }
    expect(sameBits(a, b)).toBe(true);
    setBit(b, 64);
    expect(sameBits(a, b)).toBe(false);
    expect(sameBits(a, emptyBitset(200))).toBe(false);
  });
});
