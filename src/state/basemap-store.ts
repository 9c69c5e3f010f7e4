import { create } from 'zustand';
import {
  type BasemapFailure,
  type BasemapId,
  type CustomBasemap,
  decodeBasemap,
  isBasemapId,
  type TileCrs,
} from '../domain/basemap';
import { initialLang } from './lang-slice';
import { parseHash } from './url-hash';

const STORAGE = {
  choice: 'jlp-map.basemap',
  custom: 'jlp-map.basemap.custom',
  key: 'jlp-map.tianditu-key',
  opacity: 'jlp-map.zone-opacity',
} as const;

/** A Tianditu browser key baked in at build time (VITE_TIANDITU_KEY), if any. */
export const BUILD_TIANDITU_KEY: string = import.meta.env.VITE_TIANDITU_KEY ?? '';

function read(key: string): string | null {
  try {
    return globalThis.localStorage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

function write(key: string, value: string | null): void {
  try {
    if (value === null) globalThis.localStorage?.removeItem(key);
    else globalThis.localStorage?.setItem(key, value);
  } catch {
    // Remembering is a convenience; the choice itself still applies.
  }
}

function readCustom(): CustomBasemap | null {
  try {
    const v = JSON.parse(read(STORAGE.custom) ?? 'null') as Partial<CustomBasemap> | null;
    if (typeof v?.url !== 'string') return null;
    return { url: v.url, crs: v.crs === 'GCJ-02' ? 'GCJ-02' : 'WGS-84' };
  } catch {
    return null;
  }
}

function storedOpacity(): number {
  const v = Number(read(STORAGE.opacity) ?? Number.NaN);
  return Number.isFinite(v) && v >= 0 && v <= 0.8 ? v : 0.32;
}

export interface BasemapState {
  basemap: BasemapId;
  custom: CustomBasemap | null;
  /** The key typed in settings; the build-time key is used when this is empty. */
  userKey: string;
  failure: { id: BasemapId; reason: BasemapFailure } | null;
  /** Zones' fill opacity at rest, 0–0.8 (readability over imagery); 0.32 by design. */
  zoneOpacity: number;
  choose: (id: BasemapId, custom?: CustomBasemap | null) => void;
  fail: (id: BasemapId, reason: BasemapFailure) => void;
  dismissFailure: () => void;
  setUserKey: (key: string) => void;
  setZoneOpacity: (v: number) => void;
}

/** The grid the shown basemap is drawn in: our data is shifted for display when GCJ-02. */
export const displayCrsOf = (s: Pick<BasemapState, 'basemap' | 'custom'>): TileCrs =>
  s.basemap === 'custom' && s.custom?.crs === 'GCJ-02' ? 'GCJ-02' : 'WGS-84';

export const tiandituKey = (s: Pick<BasemapState, 'userKey'>) =>
  s.userKey.trim() || BUILD_TIANDITU_KEY;

/**
 * Start-up choice: the link's `bm=` wins, then the remembered choice; otherwise Tianditu in
 * Chinese when a key exists (OSM is unreachable from much of mainland China), else offline.
 */
function initial(): Pick<BasemapState, 'basemap' | 'custom'> {
  const fromLink = decodeBasemap(parseHash(globalThis.location?.hash ?? '').rest);
  if (fromLink) return { basemap: fromLink.id, custom: fromLink.custom ?? readCustom() };
  const stored = read(STORAGE.choice);
  const custom = readCustom();
  if (isBasemapId(stored) && (stored !== 'custom' || custom)) return { basemap: stored, custom };
  const key = (read(STORAGE.key) ?? '').trim() || BUILD_TIANDITU_KEY;
  return { basemap: initialLang() === 'zh' && key ? 'tdt-vec' : 'offline', custom };
}

export const useBasemapStore = create<BasemapState>()((set) => ({
  ...initial(),
  userKey: read(STORAGE.key) ?? '',
  failure: null,
  zoneOpacity: storedOpacity(),
  choose: (id, custom) =>
    set((s) => {
      const nextCustom = custom === undefined ? s.custom : custom;
      write(STORAGE.choice, id);
      if (nextCustom) write(STORAGE.custom, JSON.stringify(nextCustom));
      return { basemap: id, custom: nextCustom, failure: null };
    }),
  // The offline map takes over; the remembered choice stays, so a later visit tries again.
  fail: (id, reason) => set({ basemap: 'offline', failure: { id, reason } }),
  dismissFailure: () => set({ failure: null }),
  setUserKey: (key) => {
    write(STORAGE.key, key.trim() || null);
    set({ userKey: key.trim() });
  },
  setZoneOpacity: (v) => {
    write(STORAGE.opacity, String(v));
    set({ zoneOpacity: v });
  },
}));
