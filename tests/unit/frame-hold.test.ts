import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FrameHold } from '../../src/map/frame-hold';

type SourceEvent = { sourceId?: string; sourceDataType?: string };

/** What FrameHold uses of a map: repaint requests, camera state, source state and events. */
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
  };
  const fire = (type: string, e: SourceEvent = {}) => {
    for (const fn of on.get(type) ?? []) fn(e);
  };
  return { map, state, fire };
}

describe('FrameHold: new data is drawn in one frame once its tiles are rebuilt', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('passes repaints through when nothing is held', () => {
    const { map, state } = fakeMap();
    new FrameHold(map);
    map.triggerRepaint();
    map.triggerRepaint();
    expect(state.frames).toBe(2);
  });

  it('holds every repaint while the source reloads and asks for one frame when it is loaded', () => {
    const { map, state, fire } = fakeMap();
    const hold = new FrameHold(map);
    hold.hold('enterprises');
    state.loaded.set('enterprises', false);
    // MapLibre asks for frames at the data event and as each tile arrives.
    map.triggerRepaint();
    fire('sourcedata', { sourceId: 'enterprises', sourceDataType: 'content' });
    map.triggerRepaint();
    fire('sourcedata', { sourceId: 'enterprises' });
    expect(state.frames).toBe(0);
    // Another source's events release nothing.
    state.loaded.set('enterprises', true);
    fire('sourcedata', { sourceId: 'zones' });
    expect(state.frames).toBe(0);
    map.triggerRepaint();
    fire('sourcedata', { sourceId: 'enterprises' });
    expect(state.frames).toBe(1);
    map.triggerRepaint();
    expect(state.frames).toBe(2);
  });

  it('does not take the metadata event (tiles not yet asked to reload) for loaded', () => {
    const { map, state, fire } = fakeMap();
    const hold = new FrameHold(map);
    hold.hold('enterprises');
    map.triggerRepaint();
    fire('sourcedata', { sourceId: 'enterprises', sourceDataType: 'metadata' });
    expect(state.frames).toBe(0);
    fire('sourcedata', { sourceId: 'enterprises', sourceDataType: 'content' });
    expect(state.frames).toBe(1);
  });

  it('waits for every held source', () => {
    const { map, state, fire } = fakeMap();
    const hold = new FrameHold(map);
    hold.hold('enterprises');
    hold.hold('projects');
    map.triggerRepaint();
    fire('sourcedata', { sourceId: 'enterprises', sourceDataType: 'content' });
    expect(state.frames).toBe(0);
    fire('sourcedata', { sourceId: 'projects', sourceDataType: 'content' });
    expect(state.frames).toBe(1);
  });

  it('never holds a moving camera, lets a move start draw at once, and gives up after maxMs', () => {
    const { map, state, fire } = fakeMap();
    const hold = new FrameHold(map, 500);
    state.moving = true;
    hold.hold('enterprises');
    map.triggerRepaint();
    expect(state.frames).toBe(1);
    state.moving = false;
    state.loaded.set('enterprises', false);
    hold.hold('enterprises');
    map.triggerRepaint();
    fire('movestart');
    expect(state.frames).toBe(2);
    hold.hold('enterprises');
    map.triggerRepaint();
    vi.advanceTimersByTime(499);
    expect(state.frames).toBe(2);
    vi.advanceTimersByTime(1);
    expect(state.frames).toBe(3);
  });

  it('cancels a frame already scheduled when the hold begins, and asks for it on release', () => {
    const { map, state, fire } = fakeMap();
    const request = new AbortController();
    const scheduled = map as typeof map & { _frameRequest: AbortController | null };
    scheduled._frameRequest = request;
    const hold = new FrameHold(map);
    hold.hold('enterprises');
    expect(request.signal.aborted).toBe(true);
    expect(scheduled._frameRequest).toBeNull();
    expect(state.frames).toBe(0);
    fire('sourcedata', { sourceId: 'enterprises' });
    expect(state.frames).toBe(1);
  });
});
