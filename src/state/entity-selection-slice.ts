import type { StateCreator } from 'zustand';
import type { AppState } from './store';

export type EntityKind = 'enterprise' | 'project';

/** A record by dataset and position in the loaded arrays (the filter engine's indices). */
export interface EntityRef {
  kind: EntityKind;
  index: number;
}

export interface EntitySelectionSlice {
  selectedEntity: EntityRef | null;
  hoveredEntity: EntityRef | null;
  /** Bumped when the user asks to fly to the selected record (list click, search). */
  flySeq: number;
  selectEntity: (ref: EntityRef | null, fly?: boolean) => void;
  hoverEntity: (ref: EntityRef | null) => void;
}

export const sameEntity = (a: EntityRef | null, b: EntityRef | null) =>
  a === b || (a !== null && b !== null && a.kind === b.kind && a.index === b.index);

export const createEntitySelectionSlice: StateCreator<AppState, [], [], EntitySelectionSlice> = (
  set,
) => ({
  selectedEntity: null,
  hoveredEntity: null,
  flySeq: 0,
  selectEntity: (ref, fly = false) =>
    set((s) => ({ selectedEntity: ref, flySeq: fly ? s.flySeq + 1 : s.flySeq })),
  hoverEntity: (ref) => set((s) => (sameEntity(s.hoveredEntity, ref) ? s : { hoveredEntity: ref })),
});
