import type { StateCreator } from 'zustand';
import type { LngLat } from '../domain/filter';
import { circleBBox } from '../geo/circle-bbox';
import { loadShapeUnion } from '../geo/shape-union-loader';
import type { AppState } from './store';

export const DRAW_MODES = ['polygon', 'rectangle', 'circle', 'point', 'select'] as const;
/** 'point' is "within N km of a point": one click makes a circle of a default radius. */
export type DrawMode = (typeof DRAW_MODES)[number];

export interface DrawSlice {
  /** The active drawing tool, or null when the map is in its ordinary (click a zone) state. */
  drawMode: DrawMode | null;
  /** Radius of the circle being drawn, km, for the live read-out; null when none is. */
  drawRadiusKm: number | null;
  setDrawMode: (mode: DrawMode | null) => void;
  setDrawRadiusKm: (km: number | null) => void;
  /**
   * "Within N km of this record": adds a circle of `radiusKm` around `center` to the filter's
   * shapes, shows the filter tab (its result list) and fits the map to the circle.
   */
  filterAround: (center: LngLat, radiusKm: number) => void;
}

let aroundSeq = 0;

export const createDrawSlice: StateCreator<AppState, [], [], DrawSlice> = (set, get) => ({
  drawMode: null,
  drawRadiusKm: null,
  setDrawMode: (drawMode) => set({ drawMode, drawRadiusKm: null }),
  setDrawRadiusKm: (drawRadiusKm) => set({ drawRadiusKm }),
  filterAround: (center, radiusKm) => {
    aroundSeq += 1;
    const id = `a${Date.now().toString(36)}${aroundSeq}`;
    const shape = { kind: 'circle', id, center, radiusKm } as const;
    const s = get();
    // Usually loaded since the map's first idle; the filter result waits for it otherwise.
    void loadShapeUnion();
    s.setFilter({ shapes: [...s.filter.shapes, shape] });
    s.setSidebarTab('filters');
    s.requestFit(circleBBox(center, radiusKm));
  },
});
