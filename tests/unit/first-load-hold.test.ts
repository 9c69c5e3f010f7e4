import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FirstLoadHold } from '../../src/map/first-load-hold';

type SourceEvent = { sourceId?: string; sourceDataType?: string };

/** What FirstLoadHold uses of a map: repaint requests, source state, events. */
function fakeMap() {
  const on = new Map<string, ((e: SourceEvent) => void)[]>();
  const state = { moving: false, loaded: new Map<string, boolean>(), frames: 0 };
  const map = {
    triggerRepaint: () => {
      state.frames++;
    },
    isMoving: () => state.moving,
    isSourceLoaded: (id: string) => state.loaded.get(id) ?? true,
    on: (type: string, fn: (e: SourceEvent) => void) => on.set(type, [...(on.get(type) ?? []), fn]),
    once: (type: string, fn: () => void) => {
      const once = () => {
        on.set(
          type,
          (on.get(type) ?? []).filter((f) => f !== once),
        );
        fn();
      };
      on.set(type, [...(on.get(type) ?? []), once]);
    },
  };
  const fire = (type: string, e: SourceEvent = {}) => {
    for (const fn of [...(on.get(type) ?? [])]) fn(e);
  };
  /** A source given data: its tiles reload, then each tile's event, the last one loaded. */
  const loadSource = (hold: FirstLoadHold, id: string) => {
    hold.give(id);
    state.loaded.set(id, false);
    fire('sourcedata', { sourceId: id, sourceDataType: 'metadata' });
    map.triggerRepaint();
    fire('sourcedata', { sourceId: id, sourceDataType: 'content' });
    map.triggerRepaint();
    state.loaded.set(id, true);
    fire('sourcedata', { sourceId: id });
  };
  return { map, state, fire, loadSource };
}

const BASE = ['context', 'district', 'zones', 'labels'];

describe('FirstLoadHold: the base map is drawn once, when all its datasets are in', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('lets the first frame through (it asks for the tiles), then holds until every base source is loaded', () => {
    const { map, state, fire, loadSource } = fakeMap();
    const hold = new FirstLoadHold(map, BASE);
    map.triggerRepaint();
    expect(state.frames).toBe(1);
    fire('render');
    // The empty sources' own events (before any data) release nothing.
    fire('sourcedata', { sourceId: 'zones', sourceDataType: 'content' });
    map.triggerRepaint();
    for (const id of ['context', 'district', 'zones']) loadSource(hold, id);
    expect(state.frames).toBe(1);
    expect(hold.released).toBe(false);
    loadSource(hold, 'labels');
    // One frame for all of it, and frames pass through from then on.
    expect(state.frames).toBe(2);
    expect(hold.released).toBe(true);
    map.triggerRepaint();
    expect(state.frames).toBe(3);
  });

  it('does not wait for a dataset that failed (settled without its data)', () => {
    const { map, state, fire, loadSource } = fakeMap();
    const hold = new FirstLoadHold(map, BASE);
    fire('render');
    for (const id of ['context', 'district', 'labels']) loadSource(hold, id);
    expect(state.frames).toBe(0);
    hold.settled();
    expect(state.frames).toBe(1);
    expect(hold.released).toBe(true);
  });

  it('waits, after settling, for a source given data whose tiles are still loading', () => {
    const { map, state, fire, loadSource } = fakeMap();
    const hold = new FirstLoadHold(map, BASE);
    fire('render');
    for (const id of ['context', 'district', 'labels']) loadSource(hold, id);
    hold.give('zones');
    state.loaded.set('zones', false);
    map.triggerRepaint();
    hold.settled();
    expect(hold.released).toBe(false);
    state.loaded.set('zones', true);
    fire('sourcedata', { sourceId: 'zones' });
    expect(hold.released).toBe(true);
    expect(state.frames).toBe(1);
  });

  it('lets go when the camera moves, and after maxMs at the latest', () => {
    const moved = fakeMap();
    const a = new FirstLoadHold(moved.map, BASE);
    moved.fire('render');
    moved.map.triggerRepaint();
    moved.fire('movestart');
    expect(a.released).toBe(true);
    expect(moved.state.frames).toBe(1);

    const slow = fakeMap();
    const b = new FirstLoadHold(slow.map, BASE, 5000);
    slow.fire('render');
    slow.map.triggerRepaint();
    vi.advanceTimersByTime(4999);
    expect(slow.state.frames).toBe(0);
    vi.advanceTimersByTime(1);
    expect(b.released).toBe(true);
    expect(slow.state.frames).toBe(1);
  });
});
