import { useAppStore } from './store';

/**
 * A link's filter (`f=`) is decoded by filter-decode.ts, which is not in the first paint: it
 * is fetched at start-up when the link carries a filter, while the map and the data load. Until
 * it is applied no filter result is computed (use-filter-result.ts), so the first result the
 * user sees is already the link's, and the hash keeps the link's `f` meanwhile.
 */
let pending: string | null = null;
let seq = 0;
let applying = false;
const listeners = new Set<() => void>();

function setPending(f: string | null): void {
  pending = f;
  for (const listener of listeners) listener();
}

/** The `f` text being decoded, or null when none is. */
export function pendingLinkFilter(): string | null {
  return pending;
}

/** True while the store takes a link's filter: the link is what it came from, not rewritten. */
export function isApplyingLinkFilter(): boolean {
  return applying;
}

export function isLinkFilterPending(): boolean {
  return pending !== null;
}

export function onLinkFilterChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Decodes `f` and puts it in the store; a later call wins over an earlier one still loading. */
export async function applyLinkFilter(f: string): Promise<void> {
  const mine = ++seq;
  setPending(f);
  try {
    const [{ decodeFilter }, { encodeFilter }] = await Promise.all([
      import('./filter-decode'),
      import('./filter-url'),
    ]);
    if (mine !== seq) return;
    const decoded = decodeFilter(f);
    const same = encodeFilter(decoded.spec) === encodeFilter(useAppStore.getState().filter);
    if (!same || decoded.ignored.length > 0) {
      applying = true;
      try {
        useAppStore.setState({ filter: decoded.spec, ignoredFilterParts: decoded.ignored });
      } finally {
        applying = false;
      }
    }
  } catch {
    // The decoder could not be fetched (offline): the filter notice lists the link's filter
    // as not applied, and the page goes on unfiltered.
    if (mine === seq) useAppStore.setState({ ignoredFilterParts: [f.slice(0, 64)] });
  } finally {
    if (mine === seq) setPending(null);
  }
}

/** Whatever else changes the filter first: a pending link filter no longer applies. */
export function cancelLinkFilter(): void {
  seq++;
  if (pending !== null) setPending(null);
}
