import type { StateCreator } from 'zustand';
import type { DensityDataset, DensityWeight } from '../geo/density';
import type { AppState } from './store';

/** off: the record points as usual; hexagons / heatmap: the density of the filter result. */
export type DensityMode = 'off' | 'hexagons' | 'heatmap';

export interface AnalysisSlice {
  densityMode: DensityMode;
  densityDataset: DensityDataset;
  densityWeight: DensityWeight;
  /** A grid cell focused in the panel's list (its key), lit on the map; null for none. */
  focusedCell: number | null;
  setDensity: (
    patch: Partial<Pick<AnalysisSlice, 'densityMode' | 'densityDataset' | 'densityWeight'>>,
  ) => void;
  setFocusedCell: (key: number | null) => void;
}

export const createAnalysisSlice: StateCreator<AppState, [], [], AnalysisSlice> = (set) => ({
  densityMode: 'off',
  densityDataset: 'enterprises',
  densityWeight: 'count',
  focusedCell: null,
  setDensity: (patch) => set({ ...patch, focusedCell: null }),
  setFocusedCell: (focusedCell) => set({ focusedCell }),
});
