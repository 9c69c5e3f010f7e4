import { create } from 'zustand';
import { createLangSlice, type LangSlice } from './lang-slice';
import { createLayersSlice, type LayersSlice } from './layers-slice';
import { createSelectionSlice, type SelectionSlice } from './selection-slice';
import { createViewSlice, type ViewSlice } from './view-slice';

/** UI state only: datasets live in react-query. */
export type AppState = LangSlice & LayersSlice & SelectionSlice & ViewSlice;

export function createAppStore() {
  return create<AppState>()((...a) => ({
    ...createLangSlice(...a),
    ...createLayersSlice(...a),
    ...createSelectionSlice(...a),
    ...createViewSlice(...a),
  }));
}

export const useAppStore = createAppStore();
