import { describe, expect, it } from 'vitest';
import { PLAN_TARGETS, type PlanTarget } from '../../src/domain/plan-targets';
import { amountText, progressBar, targetText } from '../../src/features/stats/plan-target-text';
import type { PlanProgress } from '../../src/geo/plan-progress';

function indicator(id: string): PlanTarget {
  const found = PLAN_TARGETS.find((p) => p.id === id);
  if (!found) throw new Error(`no indicator ${id}`);
  return found;
}

/** Progress of an indicator at a given value (null: the data cannot say). */
function progressOf(id: string, value: number | null): PlanProgress {
  const ind = indicator(id);
  return {
    indicator: ind,
    target: ind.target,
    value,
    progress: value === null ? null : value / ind.target,
    computable: ind.measure !== null,
  };
}

describe('amountText and targetText', () => {
  it('writes counts with the unit of the language', () => {
    expect(amountText(750, indicator('high-tech-enterprises'), 'zh')).toBe('750家');
    expect(amountText(750, indicator('high-tech-enterprises'), 'en')).toBe('750 enterprises');
  });

  it('writes shares as percentages', () => {
    expect(amountText(37.25, indicator('large-industrial-with-rd-unit'), 'en')).toBe('37.3%');
  });

  it('states the comparator of the plan', () => {
    expect(targetText(indicator('new-rd-institutions'), 'zh')).toBe('≥ 20家');
    expect(targetText(indicator('high-level-talent'), 'en')).toBe('> 1,200 people');
    expect(targetText(indicator('tech-based-enterprises'), 'en')).toBe('4,000 enterprises');
  });
});

describe('progressBar', () => {
  it('has no bar when the data cannot give a value', () => {
    expect(progressBar(progressOf('rd-intensity', null), 'zh')).toBeNull();
    expect(progressBar(progressOf('large-industrial-with-rd-unit', null), 'en')).toBeNull();
  });

  it('runs from 0 to the target and says the value in words', () => {
    const bar = progressBar(progressOf('high-tech-enterprises', 150), 'en');
    expect(bar).toEqual({
      now: 150,
      max: 750,
      text: '150 enterprises of 750 enterprises (20% reached)',
    });
  });

  it('stops the bar at the target but reports the real value past it', () => {
    const bar = progressBar(progressOf('new-rd-institutions', 30), 'zh');
    expect(bar?.now).toBe(20);
    expect(bar?.text).toBe('30家 / ≥ 20家(完成 150%)');
  });
});
