import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { holdFirstDraw } from '../../src/map/first-draw-gate';

/** What the gate uses of a map: its painter, whether it has loaded, repaints, `remove`. */
function fakeMap() {
  const state = { loaded: false, drawn: [] as unknown[], repaints: 0, placementDirty: false };
  const removeListeners: (() => void)[] = [];
  const painter: { render(...args: unknown[]): void; style?: unknown } = {
    render(style: unknown) {
      state.drawn.push(style);
    },
  };
  const original = painter.render;
  const map = {
    painter,
    loaded: () => state.loaded,
    get _placementDirty() {
      return state.placementDirty;
    },
    triggerRepaint: () => {
      state.repaints++;
    },
    on: (_type: 'remove', fn: () => void) => removeListeners.push(fn),
  };
  // One MapLibre frame: `_render` calls the painter with the style.
  const frame = (style: unknown = 'style') => map.painter.render(style, {});
  const remove = () => {
    for (const fn of removeListeners) fn();
  };
  return { map, painter, original, state, frame, remove };
}

describe('holdFirstDraw: the first view is drawn in one frame', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('draws nothing before the data is ready, nor while tiles load, then once', () => {
    const { map, painter, original, state, frame } = fakeMap();
    const ready = holdFirstDraw(map);
    frame();
    state.loaded = true; // loaded, but not every dataset handed over yet
    frame();
    expect(state.drawn).toEqual([]);
    ready();
    state.loaded = false; // the new data's tiles are loading
    frame();
    expect(state.drawn).toEqual([]);
    state.loaded = true;
    frame('whole');
    expect(state.drawn).toEqual(['whole']);
    // Stepped aside: MapLibre's own painter again, drawing every frame whatever the state.
    expect(painter.render).toBe(original);
    state.loaded = false;
    frame('later');
    expect(state.drawn).toEqual(['whole', 'later']);
  });

  it('waits for a symbol placement spread over frames to finish, so labels come in one go', () => {
    const { map, state, frame } = fakeMap();
    holdFirstDraw(map)();
    state.loaded = true;
    state.placementDirty = true;
    frame();
    expect(state.drawn).toEqual([]);
    state.placementDirty = false;
    frame('placed');
    expect(state.drawn).toEqual(['placed']);
  });

  it('hands each skipped frame its style to the painter (tiles arriving read their layers there)', () => {
    const { map, painter, frame } = fakeMap();
    holdFirstDraw(map);
    frame('the style');
    expect(painter.style).toBe('the style');
  });

  it('draws after maxMs whatever has loaded, and asks for that frame', () => {
    const { map, state, frame } = fakeMap();
    holdFirstDraw(map, 500);
    frame();
    vi.advanceTimersByTime(499);
    expect(state.repaints).toBe(0);
    vi.advanceTimersByTime(1);
    expect(state.repaints).toBe(1);
    frame('capped');
    expect(state.drawn).toEqual(['capped']);
  });

  it('says once why the first frame was drawn: ready, or the cap', () => {
    const onTime = fakeMap();
    const whyReady: string[] = [];
    const ready = holdFirstDraw(onTime.map, 500, (why) => whyReady.push(why));
    onTime.state.loaded = true;
    onTime.frame();
    expect(whyReady).toEqual([]);
    ready();
    onTime.frame();
    onTime.frame();
    vi.advanceTimersByTime(1000);
    expect(whyReady).toEqual(['ready']);

    const late = fakeMap();
    const whyLate: string[] = [];
    holdFirstDraw(late.map, 500, (why) => whyLate.push(why));
    vi.advanceTimersByTime(500);
    expect(whyLate).toEqual([]); // the frame it asked for has not run yet
    late.frame();
    late.frame();
    expect(whyLate).toEqual(['timeout']);
  });

  it('asks no frame of a removed map, nor after the first view was drawn', () => {
    const removed = fakeMap();
    holdFirstDraw(removed.map, 500);
    removed.remove();
    vi.advanceTimersByTime(1000);
    expect(removed.state.repaints).toBe(0);

    const drawn = fakeMap();
    holdFirstDraw(drawn.map, 500)();
    drawn.state.loaded = true;
    drawn.frame();
    vi.advanceTimersByTime(1000);
    expect(drawn.state.repaints).toBe(0);
  });

  it('leaves a map without the painter it expects alone', () => {
    const { map, state } = fakeMap();
    const { painter: _, ...bare } = map;
    const ready = holdFirstDraw(bare);
    ready();
    vi.advanceTimersByTime(10_000);
    expect(state.repaints).toBe(0);
  });
});
