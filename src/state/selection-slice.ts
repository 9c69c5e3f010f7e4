import type { StateCreator } from 'zustand';
import type { UserZoneId } from '../domain/user-zone';
import type { ZoneId } from '../domain/zone';
import type { AppState } from './store';

export interface SelectionSlice {
  selectedZone: ZoneId | null;
  /** The user zone whose panel is open (one zone panel at a time: a plan zone clears it). */
  selectedUserZone: UserZoneId | null;
  /** Bumped on every explicit selection so the map re-fits even when the id is unchanged. */
  selectionSeq: number;
  hoveredZone: ZoneId | null;
  selectZone: (id: ZoneId | null) => void;
  selectUserZone: (id: UserZoneId | null) => void;
  hoverZone: (id: ZoneId | null) => void;
}

export const createSelectionSlice: StateCreator<AppState, [], [], SelectionSlice> = (set) => ({
  selectedZone: null,
  selectedUserZone: null,
  selectionSeq: 0,
  hoveredZone: null,
  // Choosing a zone (map, list, search, a record's "lies in") shows that zone, not a record.
  selectZone: (id) =>
    set((s) => ({
      selectedZone: id,
      selectionSeq: s.selectionSeq + 1,
      ...(id ? { selectedEntity: null, selectedEntityId: null, selectedUserZone: null } : {}),
    })),
  selectUserZone: (id) =>
    set((s) => ({
      selectedUserZone: id,
      selectionSeq: s.selectionSeq + 1,
      ...(id ? { selectedZone: null, selectedEntity: null, selectedEntityId: null } : {}),
    })),
  hoverZone: (id) => set({ hoveredZone: id }),
});
