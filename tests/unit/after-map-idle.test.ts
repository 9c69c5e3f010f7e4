import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterMapIdle } from '../../src/state/after-map-idle';
import { useAppStore } from '../../src/state/store';

describe('work deferred until the map is idle', () => {
  afterEach(() => {
    vi.useRealTimers();
    useAppStore.getState().setMapState('loading');
  });

  it('waits for the first idle, runs once, and not again on later idles', () => {
    vi.useFakeTimers();
    useAppStore.getState().setMapState('loading');
    const task = vi.fn();
    afterMapIdle(task);
    vi.runAllTimers();
    expect(task).not.toHaveBeenCalled();
    useAppStore.getState().setMapState('error', 'x');
    vi.runAllTimers();
    expect(task).not.toHaveBeenCalled();
    useAppStore.getState().setMapState('idle');
    vi.runAllTimers();
    expect(task).toHaveBeenCalledTimes(1);
    useAppStore.getState().setMapState('loading');
    useAppStore.getState().setMapState('idle');
    vi.runAllTimers();
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('runs at once when the map is already idle, and never once cancelled', () => {
    vi.useFakeTimers();
    useAppStore.getState().setMapState('idle');
    const now = vi.fn();
    afterMapIdle(now);
    vi.runAllTimers();
    expect(now).toHaveBeenCalledTimes(1);
    useAppStore.getState().setMapState('loading');
    const cancelled = vi.fn();
    afterMapIdle(cancelled)();
    useAppStore.getState().setMapState('idle');
    vi.runAllTimers();
    expect(cancelled).not.toHaveBeenCalled();
  });
});
