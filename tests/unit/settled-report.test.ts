import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SettledReport } from '../../src/map/settled-report';

/** A stand-in for the map's idle event. */
function fakeMap() {
  const listeners: (() => void)[] = [];
  return {
    on: (_type: 'idle', fn: () => void) => listeners.push(fn),
    idle: () => {
      for (const fn of listeners) fn();
    },
  };
}

describe('SettledReport: the in-view box is reported after the map has drawn', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('reports nothing at the move, and once in a task of its own after the next idle', () => {
    const map = fakeMap();
    const report = vi.fn();
    const box = new SettledReport(map, report, 1000);
    box.schedule();
    vi.advanceTimersByTime(500);
    expect(report).not.toHaveBeenCalled();
    map.idle();
    // Not inside the idle event itself: whoever watches the idle sees the map before the lists.
    expect(report).not.toHaveBeenCalled();
    vi.advanceTimersByTime(0);
    expect(report).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(5000);
    map.idle();
    vi.advanceTimersByTime(10);
    expect(report).toHaveBeenCalledTimes(1);
  });

  it('makes one report of several moves before the idle', () => {
    const map = fakeMap();
    const report = vi.fn();
    const box = new SettledReport(map, report, 1000);
    box.schedule();
    vi.advanceTimersByTime(300);
    box.schedule();
    vi.advanceTimersByTime(300);
    box.schedule();
    map.idle();
    vi.advanceTimersByTime(0);
    expect(report).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(2000);
    expect(report).toHaveBeenCalledTimes(1);
  });

  it('reports after maxWaitMs when the map stays busy (tiles still loading)', () => {
    const map = fakeMap();
    const report = vi.fn();
    const box = new SettledReport(map, report, 1000);
    box.schedule();
    vi.advanceTimersByTime(999);
    expect(report).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(report).toHaveBeenCalledTimes(1);
    map.idle();
    vi.advanceTimersByTime(10);
    expect(report).toHaveBeenCalledTimes(1);
  });

  it('an idle without a move reports nothing', () => {
    const map = fakeMap();
    const report = vi.fn();
    new SettledReport(map, report, 1000);
    map.idle();
    vi.advanceTimersByTime(5000);
    expect(report).not.toHaveBeenCalled();
  });
});
