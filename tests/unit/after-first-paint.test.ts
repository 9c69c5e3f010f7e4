import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterFirstPaint, type PaintSignals } from '../../src/map/after-first-paint';

/** A page whose first contentful paint the test presents when it wants. */
function page(options: { painted?: boolean; observable?: boolean } = {}) {
  let listener: (() => void) | null = null;
  const state = { subscribed: 0 };
  const signals: PaintSignals = {
    painted: () => options.painted ?? false,
    onPaint: (l) => {
      if (options.observable === false) return null;
      listener = l;
      state.subscribed++;
      return () => {
        listener = null;
        state.subscribed--;
      };
    },
  };
  return { signals, state, paint: () => listener?.() };
}

describe('running after the first paint', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('waits for the first contentful paint, then runs once and stops listening', () => {
    const run = vi.fn();
    const p = page();
    afterFirstPaint(run, 1500, p.signals);
    vi.advanceTimersByTime(1000);
    expect(run).not.toHaveBeenCalled();
    p.paint();
    expect(run).toHaveBeenCalledTimes(1);
    expect(p.state.subscribed).toBe(0);
    // The cap passing later does not run it again.
    vi.advanceTimersByTime(5000);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('runs after the cap when nothing is painted (a background tab)', () => {
    const run = vi.fn();
    const p = page();
    afterFirstPaint(run, 1500, p.signals);
    vi.advanceTimersByTime(1499);
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(run).toHaveBeenCalledTimes(1);
    expect(p.state.subscribed).toBe(0);
    p.paint();
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('runs at once when the page has painted already or paints cannot be observed', () => {
    const early = vi.fn();
    afterFirstPaint(early, 1500, page({ painted: true }).signals);
    expect(early).toHaveBeenCalledTimes(1);
    const blind = vi.fn();
    afterFirstPaint(blind, 1500, page({ observable: false }).signals);
    expect(blind).toHaveBeenCalledTimes(1);
  });

  it('never runs once cancelled (the component unmounted first)', () => {
    const run = vi.fn();
    const p = page();
    const cancel = afterFirstPaint(run, 1500, p.signals);
    cancel();
    expect(p.state.subscribed).toBe(0);
    p.paint();
    vi.advanceTimersByTime(5000);
    expect(run).not.toHaveBeenCalled();
  });
});
