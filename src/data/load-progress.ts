import { useSyncExternalStore } from 'react';
import type { EntityData } from './entities';
import type { LoadProgress } from './entity-accumulator';

/**
 * The running entity load, outside react-query (whose data is the finished load): how far it
 * has come, and the records that have arrived, assembled now and then so the map, clusters
 * and counts grow while the rest streams in.
 */
interface StreamState {
  /** Which load this is: a superseded load's late chunks are ignored. */
  token: number;
  progress: LoadProgress | null;
  partial: EntityData | null;
}

let state: StreamState = { token: 0, progress: null, partial: null };
const listeners = new Set<() => void>();

function set(next: StreamState): void {
  state = next;
  for (const l of listeners) l();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Starts a new load (superseding any running one); returns its token. */
export function beginLoad(): number {
  const token = state.token + 1;
  set({ token, progress: { read: 0, total: null, done: false }, partial: null });
  return token;
}

export function reportProgress(token: number, progress: LoadProgress): void {
  if (token === state.token) set({ ...state, progress });
}

export function publishPartial(token: number, partial: EntityData): void {
  if (token === state.token && !state.progress?.done) set({ ...state, partial });
}

/**
 * The load finished (or failed: no progress is shown then, the notices say why). The partial
 * data stays until the query's data has rendered (dropPartial), so the map never blinks empty.
 */
export function endLoad(token: number, ok: boolean): void {
  if (token !== state.token) return;
  const read = state.progress?.read ?? 0;
  set({ ...state, progress: ok ? { read, total: read, done: true } : null });
}

/** The finished load is on screen: let the partial one go (it holds a second index). */
export function dropPartial(): void {
  if (state.partial) set({ ...state, partial: null });
}

export function useLoadProgress(): LoadProgress | null {
  return useSyncExternalStore(subscribe, () => state.progress);
}

export function usePartialEntities(): EntityData | null {
  return useSyncExternalStore(subscribe, () => state.partial);
}
