import { enCatalog, zhCatalog } from './catalog';

let pending: Promise<void> | null = null;
let loaded = false;
let englishPending: Promise<void> | null = null;
let englishLoaded = false;
let version = 0;
const listeners = new Set<() => void>();

function bump(): void {
  version += 1;
  for (const listener of listeners) listener();
}

/**
 * Fetches the English of the first-paint messages once (retried after a failure). A Chinese
 * first paint never loads it; main.tsx waits for it when the page opens in English, the
 * language switch before it switches.
 */
export function loadEnglish(): Promise<void> {
  englishPending ??= import('./catalog-en').then(
    ({ eagerEn }) => {
      Object.assign(enCatalog, eagerEn);
      englishLoaded = true;
      bump();
    },
    (error: unknown) => {
      englishPending = null;
      throw error;
    },
  );
  return englishPending;
}

export const englishMessagesLoaded = (): boolean => englishLoaded;

/** Fetches the lazy features' messages once (retried after a failure) and merges them in. */
export function loadLazyMessages(): Promise<void> {
  pending ??= import('./lazy-catalog').then(
    ({ lazyFeatures }) => {
      for (const f of lazyFeatures) {
        Object.assign(zhCatalog, f.zh);
        Object.assign(enCatalog, f.en);
      }
      loaded = true;
      bump();
    },
    (error: unknown) => {
      pending = null;
      throw error;
    },
  );
  return pending;
}

export const lazyMessagesLoaded = (): boolean => loaded;

/** Bumped when messages arrive, so components that showed a blank re-render (use-t.ts). */
export const messagesVersion = (): number => version;

export function subscribeMessages(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** A lazy chunk that also waits for the lazy messages, for React.lazy loaders. */
export function withMessages<T>(chunk: Promise<T>): Promise<T> {
  return Promise.all([chunk, loadLazyMessages()]).then(([m]) => m);
}
