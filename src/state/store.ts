import { create } from 'zustand';
import { type AnalysisSlice, createAnalysisSlice } from './analysis-slice';
import { type BriefingSlice, createBriefingSlice } from './briefing-slice';
import { createDrawSlice, type DrawSlice } from './draw-slice';
import { createEntitySelectionSlice, type EntitySelectionSlice } from './entity-selection-slice';
import { createFiltersSlice, type FiltersSlice } from './filters-slice';
import { createLangSlice, type LangSlice } from './lang-slice';
import { createLayersSlice, type LayersSlice } from './layers-slice';
import { createSelectionSlice, type SelectionSlice } from './selection-slice';
import { createViewSlice, type ViewSlice } from './view-slice';

/** UI state only: datasets live in react-query. */
export type AppState = LangSlice &
  LayersSlice &
  SelectionSlice &
  ViewSlice &
  FiltersSlice &
  EntitySelectionSlice &
  DrawSlice &
  AnalysisSlice &
  BriefingSlice;

export function createAppStore() {
  return create<AppState>()((...a) => ({
    ...createLangSlice(...a),
    ...createLayersSlice(...a),
    ...createSelectionSlice(...a),
    ...createViewSlice(...a),
    ...createFiltersSlice(...a),
    ...createEntitySelectionSlice(...a),
    ...createDrawSlice(...a),
    ...createAnalysisSlice(...a),
    ...createBriefingSlice(...a),
  }));
}

export const useAppStore = createAppStore();
