import { describe, expect, it } from 'vitest';
import {
  formatCount,
  formatDecimal,
  formatKm2,
  formatLargeNumber,
  formatPercent,
  formatYi,
} from '../../src/ui/format-number';

describe('formatCount', () => {
  it('groups thousands in both languages', () => {
    expect(formatCount(12345, 'zh')).toBe('12,345');
    expect(formatCount(12345, 'en')).toBe('12,345');
  });

  it('rounds to a whole number', () => {
    expect(formatCount(2.6, 'en')).toBe('3');
  });

  it('writes a dash for a number that is not finite', () => {
    expect(formatCount(Number.NaN, 'zh')).toBe('—');
    expect(formatCount(Number.POSITIVE_INFINITY, 'en')).toBe('—');
  });
});

describe('formatDecimal', () => {
  it('keeps at most the given fraction digits', () => {
    expect(formatDecimal(1234.567, 'en')).toBe('1,234.57');
    expect(formatDecimal(2.6, 'zh', 1)).toBe('2.6');
    expect(formatDecimal(750, 'zh', 1)).toBe('750');
  });
});

describe('formatLargeNumber', () => {
  it('writes numbers below 10,000 in full', () => {
    expect(formatLargeNumber(9999, 'zh')).toBe('9,999');
    expect(formatLargeNumber(9999, 'en')).toBe('9,999');
  });

  it('uses 万 and 亿 in Chinese', () => {
    expect(formatLargeNumber(12345, 'zh')).toBe('1.23万');
    expect(formatLargeNumber(123456789, 'zh')).toBe('1.23亿');
  });

  it('moves to the next unit when rounding reaches it', () => {
    expect(formatLargeNumber(99_999_999, 'zh')).toBe('1亿');
    expect(formatLargeNumber(999_999, 'en')).toBe('1M');
  });

  it('uses K and M in English', () => {
    expect(formatLargeNumber(12345, 'en')).toBe('12.35K');
    expect(formatLargeNumber(1_234_567, 'en')).toBe('1.23M');
  });

  it('keeps the sign', () => {
    expect(formatLargeNumber(-12345, 'zh')).toBe('-1.23万');
  });
});

describe('formatYi', () => {
  it('writes 亿元 in Chinese', () => {
    expect(formatYi(12.3, 'zh')).toBe('12.3 亿元');
    expect(formatYi(40, 'zh')).toBe('40 亿元');
  });

  it('writes 万亿元 from 10,000 亿 in Chinese', () => {
    expect(formatYi(12_345, 'zh')).toBe('1.23 万亿元');
  });

  it('writes billions of CNY in English (1 亿 = 0.1 bn)', () => {
    expect(formatYi(12.3, 'en')).toBe('CNY 1.23 bn');
    expect(formatYi(40, 'en')).toBe('CNY 4 bn');
  });

  it('writes millions in English below 0.1 bn', () => {
    expect(formatYi(0.5, 'en')).toBe('CNY 50 m');
  });

  it('writes zero as zero', () => {
    expect(formatYi(0, 'zh')).toBe('0 亿元');
    expect(formatYi(0, 'en')).toBe('CNY 0 bn');
  });
});

describe('formatPercent', () => {
  it('takes a percentage (0–100), as the plan states its targets', () => {
    expect(formatPercent(45.46, 'zh')).toBe('45.5%');
    expect(formatPercent(50, 'en')).toBe('50%');
  });

  it('honours the number of fraction digits', () => {
    expect(formatPercent(16.44, 'en', 0)).toBe('16%');
  });
});

describe('formatKm2', () => {
  it('always writes two decimals, grouped for the language', () => {
    expect(formatKm2(23.5, 'zh')).toBe('23.50');
    expect(formatKm2(1175.851, 'en')).toBe('1,175.85');
  });
});
