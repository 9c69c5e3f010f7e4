import type { StateCreator } from 'zustand';
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
}

export const createDrawSlice: StateCreator<AppState, [], [], DrawSlice> = (set) => ({
  drawMode: null,
  drawRadiusKm: null,
  setDrawMode: (drawMode) => set({ drawMode, drawRadiusKm: null }),
  setDrawRadiusKm: (drawRadiusKm) => set({ drawRadiusKm }),
});
