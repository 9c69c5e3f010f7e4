import type { StateCreator } from 'zustand';
import type { AppState } from './store';
import type { MapView } from './url-hash';

export type MapState = 'loading' | 'idle' | 'error';

export interface ViewSlice {
  /** The view the map should open on (from the URL), or null for the district's frame. */
  initialView: MapView | null;
  /** The map's current view, as reported by the map after each move. */
  view: MapView | null;
  /** A view asked for from outside the map (a pasted link); seq makes repeats count. */
  requestedView: { view: MapView; seq: number } | null;
  /** A box the map should fit (e.g. a circle drawn around a record); seq makes repeats count. */
  requestedFit: { bbox: [number, number, number, number]; seq: number } | null;
  mapState: MapState;
  mapError: string | null;
  /** The last map error after the first idle (the map still works), until dismissed. */
  mapWarning: string | null;
  /** The visible area [west, south, east, north], reported by the map after each move. */
  bounds: [number, number, number, number] | null;
  setView: (view: MapView, bounds?: [number, number, number, number]) => void;
  /** The visible area only (the map reports it once it has drawn after a move). */
  setBounds: (bounds: [number, number, number, number]) => void;
  setMapState: (state: MapState, error?: string) => void;
  setMapWarning: (message: string | null) => void;
  requestView: (view: MapView) => void;
  requestFit: (bbox: [number, number, number, number]) => void;
}

export const createViewSlice: StateCreator<AppState, [], [], ViewSlice> = (set) => ({
  initialView: null,
  view: null,
  requestedView: null,
  requestedFit: null,
  mapState: 'loading',
  mapError: null,
  mapWarning: null,
  bounds: null,
  // "Only what is in view" follows the map: each move updates that filter's box.
  setView: (view, bounds) =>
    set((s) => ({
      view,
      bounds: bounds ?? s.bounds,
      ...(bounds && s.filter.inView ? { filter: { ...s.filter, inView: bounds } } : {}),
    })),
  setBounds: (bounds) =>
    set((s) => ({
      bounds,
      ...(s.filter.inView ? { filter: { ...s.filter, inView: bounds } } : {}),
    })),
  setMapState: (mapState, error) => set({ mapState, mapError: error ?? null }),
  setMapWarning: (message) => set({ mapWarning: message?.slice(0, 200) ?? null }),
  requestView: (view) =>
    set((s) => ({ requestedView: { view, seq: (s.requestedView?.seq ?? 0) + 1 } })),
  requestFit: (bbox) =>
    set((s) => ({ requestedFit: { bbox, seq: (s.requestedFit?.seq ?? 0) + 1 } })),
});
