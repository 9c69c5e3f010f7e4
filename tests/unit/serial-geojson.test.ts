import type { FeatureCollection } from 'geojson';
import type maplibregl from 'maplibre-gl';
import { describe, expect, it, vi } from 'vitest';
import { SerialGeoJson } from '../../src/map/serial-geojson';

/** Just what SerialGeoJson uses of a map: events, a source's setData, isSourceLoaded. */
function fakeMap() {
  const handlers = new Map<string, (() => void)[]>();
  const sent: string[] = [];
  const state = { loaded: true };
  const map = {
    on: (event: string, fn: () => void) =>
      handlers.set(event, [...(handlers.get(event) ?? []), fn]),
    getSource: () => ({
      setData: (fc: FeatureCollection) => {
        sent.push(String(fc.features.length));
        // MapLibre's source is busy from setData until its tiles are built again.
        state.loaded = false;
      },
    }),
    isSourceLoaded: () => state.loaded,
  };
  const fire = (event: string) => {
    for (const fn of handlers.get(event) ?? []) fn();
  };
  return { map: map as unknown as maplibregl.Map, sent, state, fire };
}

const fc = (n: number): FeatureCollection => ({
  type: 'FeatureCollection',
  features: Array.from({ length: n }, () => ({
    type: 'Feature',
    properties: {},
    geometry: { type: 'Point', coordinates: [106.4, 29.4] },
  })),
});

describe('SerialGeoJson', () => {
  it('sends at once when idle, holds only the newest while tiles build, sends it on render', () => {
    const { map, sent, state, fire } = fakeMap();
    const serial = new SerialGeoJson(map);
    const after = vi.fn();
    serial.set('enterprises', fc(1), after);
    expect(sent).toEqual(['1']);
    expect(after).toHaveBeenCalledTimes(1);
    serial.set('enterprises', fc(2));
    serial.set('enterprises', fc(3), after);
    fire('render');
    expect(sent).toEqual(['1']);
    state.loaded = true;
    fire('render');
    // The collection of 2 was replaced before it went: never sent over a reload.
    expect(sent).toEqual(['1', '3']);
    expect(after).toHaveBeenCalledTimes(2);
    fire('render');
    expect(sent).toEqual(['1', '3']);
  });

  it('does not wait for ever: a source still busy after 3 s gets the data anyway', () => {
    vi.useFakeTimers();
    try {
      const { map, sent } = fakeMap();
      const serial = new SerialGeoJson(map);
      serial.set('projects', fc(1));
      serial.set('projects', fc(2));
      expect(sent).toEqual(['1']);
      vi.advanceTimersByTime(3100);
      expect(sent).toEqual(['1', '2']);
    } finally {
      vi.useRealTimers();
    }
  });
});
