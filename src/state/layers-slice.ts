import type { StateCreator } from 'zustand';
import { ZONE_IDS, type ZoneId } from '../domain/zone';
import type { AppState } from './store';

export const CONTEXT_LAYERS = ['district', 'neighbours', 'river', 'labels'] as const;
export type ContextLayer = (typeof CONTEXT_LAYERS)[number];

export const ENTITY_LAYERS = ['enterprises', 'projects'] as const;
export type EntityLayer = (typeof ENTITY_LAYERS)[number];

export const SIDEBAR_TABS = ['layers', 'filters', 'stats', 'analysis', 'quality'] as const;
export type SidebarTab = (typeof SIDEBAR_TABS)[number];

export interface LayersSlice {
  sidebarTab: SidebarTab;
  setSidebarTab: (tab: SidebarTab) => void;
  zoneVisible: Record<ZoneId, boolean>;
  contextVisible: Record<ContextLayer, boolean>;
  entityVisible: Record<EntityLayer, boolean>;
  setEntityVisible: (layer: EntityLayer, visible: boolean) => void;
  setZoneVisible: (id: ZoneId, visible: boolean) => void;
  setContextVisible: (layer: ContextLayer, visible: boolean) => void;
}

function allOn<K extends string>(keys: readonly K[]): Record<K, boolean> {
  return Object.fromEntries(keys.map((k) => [k, true])) as Record<K, boolean>;
}

export const createLayersSlice: StateCreator<AppState, [], [], LayersSlice> = (set) => ({
  sidebarTab: 'layers',
  setSidebarTab: (sidebarTab) => set({ sidebarTab }),
  zoneVisible: allOn(ZONE_IDS),
  contextVisible: allOn(CONTEXT_LAYERS),
  entityVisible: allOn(ENTITY_LAYERS),
  setEntityVisible: (layer, visible) =>
    set((s) => ({ entityVisible: { ...s.entityVisible, [layer]: visible } })),
  setZoneVisible: (id, visible) =>
    set((s) => ({ zoneVisible: { ...s.zoneVisible, [id]: visible } })),
  setContextVisible: (layer, visible) =>
    set((s) => ({ contextVisible: { ...s.contextVisible, [layer]: visible } })),
});
