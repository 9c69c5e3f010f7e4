import { enCatalog, zhCatalog } from './catalog';

let version = 0;
const listeners = new Set<() => void>();

function bump(): void {
  version += 1;
  for (const listener of listeners) listener();
}

/**
 * A message chunk fetched once and merged in by `merge`: concurrent calls share the fetch, a
 * failure is retried on the next call, and listeners hear when it has arrived.
 */
function messageChunk<M>(fetch: () => Promise<M>, merge: (m: M) => void) {
  let pending: Promise<void> | null = null;
  let loaded = false;
  const load = (): Promise<void> => {
    pending ??= fetch().then(
      (m) => {
        merge(m);
        loaded = true;
        bump();
      },
      (error: unknown) => {
        pending = null;
        throw error;
      },
    );
    return pending;
  };
  return { load, loaded: () => loaded };
}

/**
 * The English of the first-paint messages. A Chinese first paint never loads it; main.tsx
 * waits for it when the page opens in English, the language switch before it switches.
 */
const english = messageChunk(
  () => import('./catalog-en'),
  ({ eagerEn }) => Object.assign(enCatalog, eagerEn),
);

/** The lazy features' messages, both languages. */
const lazyFeatures = messageChunk(
  () => import('./lazy-catalog'),
  ({ lazyFeatures }) => {
    for (const f of lazyFeatures) {
      Object.assign(zhCatalog, f.zh);
      Object.assign(enCatalog, f.en);
    }
  },
);

export const loadEnglish = english.load;
export const englishMessagesLoaded = english.loaded;
export const loadLazyMessages = lazyFeatures.load;
export const lazyMessagesLoaded = lazyFeatures.loaded;

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
