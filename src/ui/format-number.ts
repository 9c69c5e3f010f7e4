import type { Lang } from '../i18n/translate';

/**
 * Number formatting for both languages. Units such as 万/亿 and K/M are part of the number's
 * notation (like a decimal separator), so they live here with Intl rather than in messages.
 */

/** Shown for a number that is not finite: a dash is honest where NaN or ∞ would be noise. */
const NOT_A_NUMBER = '—';

/** Below this, numbers are written in full: 9,999 reads better than 0.9999万 or 10K. */
const COMPACT_FROM = 10_000;

// en-US rather than en-GB for the compact notation: en-GB writes 12.35k and 1.23m, and the
// brief asks for K and M, which en-US gives.
const locale = (lang: Lang, compact = false) =>
  lang === 'zh' ? 'zh-CN' : compact ? 'en-US' : 'en-GB';

/** Caches one formatter per option set: Intl.NumberFormat is costly to build per call. */
const formatters = new Map<string, Intl.NumberFormat>();
function formatter(tag: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${tag}|${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(tag, options);
    formatters.set(key, f);
  }
  return f;
}

/** A count, rounded to a whole number and grouped: 12345 → "12,345". */
export function formatCount(n: number, lang: Lang): string {
  if (!Number.isFinite(n)) return NOT_A_NUMBER;
  return formatter(locale(lang), { maximumFractionDigits: 0 }).format(n);
}

/** A decimal number with up to `digits` fraction digits, grouped: 1234.5 → "1,234.5". */
export function formatDecimal(n: number, lang: Lang, digits = 2): string {
  if (!Number.isFinite(n)) return NOT_A_NUMBER;
  return formatter(locale(lang), { maximumFractionDigits: digits }).format(n);
}

/**
 * A large number in the reader's units: 万/亿 in Chinese (12,345 → "1.23万",
 * 123,456,789 → "1.23亿"), K/M/B in English (12,345 → "12.35K"). Numbers below 10,000 are
 * written in full. Intl picks the unit after rounding, so 99,999,999 is "1亿", not "10000万".
 */
export function formatLargeNumber(n: number, lang: Lang): string {
  if (!Number.isFinite(n)) return NOT_A_NUMBER;
  if (Math.abs(n) < COMPACT_FROM) return formatDecimal(n, lang);
  return formatter(locale(lang, true), {
    notation: 'compact',
    compactDisplay: 'short',
    maximumFractionDigits: 2,
  }).format(n);
}

/**
 * An investment given in 亿元 (10⁸ CNY): "12.3 亿元" (or 万亿元 from 10,000 亿) in Chinese;
 * in English in billions, "CNY 1.23 bn" (1 亿 = 0.1 bn), or in millions below 0.1 bn, where
 * "CNY 0.01 bn" would hide the amount.
 */
export function formatYi(yi: number, lang: Lang): string {
  if (!Number.isFinite(yi)) return NOT_A_NUMBER;
  if (lang === 'zh') {
    return Math.abs(yi) >= 10_000
      ? `${formatDecimal(yi / 10_000, lang)} 万亿元`
      : `${formatDecimal(yi, lang)} 亿元`;
  }
  const bn = yi / 10;
  if (yi !== 0 && Math.abs(bn) < 0.1) return `CNY ${formatDecimal(yi * 100, lang)} m`;
  return `CNY ${formatDecimal(bn, lang)} bn`;
}

/** A percentage given as 0–100 (as the plan's targets are): 45.46 → "45.5%". */
export function formatPercent(percent: number, lang: Lang, digits = 1): string {
  if (!Number.isFinite(percent)) return NOT_A_NUMBER;
  return formatter(locale(lang), { style: 'percent', maximumFractionDigits: digits }).format(
    percent / 100,
  );
}

/** An area in km² with exactly two decimals (the precision our areas are computed to). */
export function formatKm2(km2: number, lang: Lang): string {
  if (!Number.isFinite(km2)) return NOT_A_NUMBER;
  return formatter(locale(lang), { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(
    km2,
  );
}
