import type { PlanComparator, PlanTarget } from '../../domain/plan-targets';
import type { PlanProgress } from '../../geo/plan-progress';
import { type Lang, translate } from '../../i18n/translate';
import { formatDecimal, formatPercent } from '../../ui/format-number';

/** The plan's wording as a sign: 达到 needs none, 不低于 is ≥, 超过 is >. */
const COMPARATOR_PREFIX: Record<PlanComparator, string> = { '=': '', '≥': '≥ ', '>': '> ' };

/** A value in the indicator's unit: "750家" / "750 enterprises", or "50%" for shares. */
export function amountText(value: number, indicator: PlanTarget, lang: Lang): string {
  if (indicator.unit_zh === '%') return formatPercent(value, lang);
  const number = formatDecimal(value, lang, 1);
  // Chinese sets a measure word right after the number (750家); English spaces the unit.
  return lang === 'zh' ? `${number}${indicator.unit_zh}` : `${number} ${indicator.unit_en}`;
}

/** The target as the plan states it, with its comparator: "≥ 20家". */
export function targetText(indicator: PlanTarget, lang: Lang): string {
  return COMPARATOR_PREFIX[indicator.comparator] + amountText(indicator.target, indicator, lang);
}

export interface ProgressBar {
  /** The value shown on the bar, clamped to [0, max]: a progress bar cannot pass its end. */
  now: number;
  max: number;
  /** What a screen reader says instead of a bare number, the real (unclamped) value included. */
  text: string;
}

/**
 * The progress bar of an indicator, or null when the data cannot give a value: no bar is
 * drawn then, so nothing suggests a value that was never measured.
 */
export function progressBar(item: PlanProgress, lang: Lang): ProgressBar | null {
  if (item.value === null || item.progress === null) return null;
  const { indicator, target, value, progress } = item;
  const text = translate(lang, 'targets.progress', {
    value: amountText(value, indicator, lang),
    target: targetText(indicator, lang),
    percent: formatPercent(progress * 100, lang),
  });
  return { now: Math.min(Math.max(value, 0), target), max: target, text };
}
