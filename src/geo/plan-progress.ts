import { CATEGORIES } from '../domain/entity';
import { PLAN_TARGETS, type PlanMeasure, type PlanTarget } from '../domain/plan-targets';
import { type Bitset, countAnd, popcount } from './bitset';
import type { EntityIndex } from './entity-index';
import type { FilterResult } from './filter-engine';

export interface PlanProgress {
  indicator: PlanTarget;
  /** The plan's 2025 value, in the indicator's unit (percentages 0–100). */
  target: number;
  /** What the data shows, in the target's unit; null when it cannot be computed. */
  value: number | null;
  /** value / target (1 = target reached); null with value. */
  progress: number | null;
  /** false when the datasets hold nothing to compute the indicator from ("no data"). */
  computable: boolean;
}

/** Enterprises in `within` (all when null) having the category. */
function countCategory(index: EntityIndex, within: Bitset | null, category: number): number {
  const bits = index.enterprises.categoryBits[category];
  if (bits === undefined) return 0;
  return within === null ? popcount(bits) : countAnd(within, bits);
}

function measure(index: EntityIndex, within: Bitset | null, m: PlanMeasure): number | null {
  const category = CATEGORIES.indexOf(m.category);
  if (m.kind === 'category-count') return countCategory(index, within, category);
  const of = CATEGORIES.indexOf(m.of);
  const denominator = countCategory(index, within, of);
  // A share of nothing is not 0 %: with no such enterprise the data cannot say.
  if (denominator === 0) return null;
  const a = index.enterprises.categoryBits[category];
  const b = index.enterprises.categoryBits[of];
  if (a === undefined || b === undefined) return null;
  const both = within === null ? countAnd(a, b) : countAnd(a, b, within);
  return (100 * both) / denominator;
}

/**
 * Progress towards each of PLAN_TARGETS, from the enterprises of a filter result, or from
 * every enterprise in the index (synthetic ones included) when result is null. Counts are
 * numbers of enterprises; shares are percentages (0–100).
 */
export function computePlanProgress(
  index: EntityIndex,
  result: FilterResult | null,
): PlanProgress[] {
  return computePlanProgressWithin(index, result === null ? null : result.enterprises.bits);
}

/** As computePlanProgress, over the enterprises in a bitset (all when null), e.g. one zone's. */
export function computePlanProgressWithin(
  index: EntityIndex,
  within: Bitset | null,
): PlanProgress[] {
  return PLAN_TARGETS.map((indicator) => {
    const target = indicator.target;
    if (indicator.measure === null) {
      return { indicator, target, value: null, progress: null, computable: false };
    }
    const value = measure(index, within, indicator.measure);
    const progress = value === null ? null : value / target;
    return { indicator, target, value, progress, computable: true };
  });
}
