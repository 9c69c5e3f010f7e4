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
  /** The selected record's id, for the URL (indices change with the data, ids do not). */
  selectedEntityId: string | null;
  /** A selection read from the URL, resolved to an index once the data has loaded. */
  pendingSelection: { kind: EntityKind; id: string } | null;
  hoveredEntity: EntityRef | null;
  /** Bumped when the user asks to fly to the selected record (list click, search). */
  flySeq: number;
  selectEntity: (ref: EntityRef | null, fly?: boolean) => void;
  /** `fly` false keeps the camera (a briefing scene sets its own). */
  resolvePendingSelection: (ref: EntityRef | null, id: string | null, fly?: boolean) => void;
  hoverEntity: (ref: EntityRef | null) => void;
}

export const sameEntity = (a: EntityRef | null, b: EntityRef | null) =>
  a === b || (a !== null && b !== null && a.kind === b.kind && a.index === b.index);

export const createEntitySelectionSlice: StateCreator<AppState, [], [], EntitySelectionSlice> = (
  set,
) => ({
  selectedEntity: null,
  selectedEntityId: null,
  pendingSelection: null,
  hoveredEntity: null,
  flySeq: 0,
  selectEntity: (ref, fly = false) =>
    set((s) => ({
      selectedEntity: ref,
      selectedEntityId: null,
      pendingSelection: null,
      flySeq: fly ? s.flySeq + 1 : s.flySeq,
    })),
  resolvePendingSelection: (ref, id, fly = true) =>
    set((s) => ({
      selectedEntity: ref,
      selectedEntityId: id,
      pendingSelection: null,
      flySeq: fly ? s.flySeq + 1 : s.flySeq,
    })),
  hoverEntity: (ref) => set((s) => (sameEntity(s.hoveredEntity, ref) ? s : { hoveredEntity: ref })),
});
