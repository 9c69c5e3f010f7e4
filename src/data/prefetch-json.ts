import { fetchJson } from './dataset-error';

/** Reads started before their load asked for them, by URL; each is handed out once. */
const early = new Map<string, Promise<unknown>>();

/**
 * Starts fetching and parsing `url` now: in the entities worker, the records while the page still
 * loads the zones they are linked to; on the page, the embedded datasets while it starts.
 * Failures are kept for the load to report as its own.
 */
export function prefetchJson(url: string): void {
  if (early.has(url)) return;
  const read = fetchJson(url);
  // Reported when the load takes it; never an unhandled rejection meanwhile.
  read.catch(() => {});
  early.set(url, read);
}

/**
 * fetchJson, answered by a prefetch of the same URL when one was started (a prefetch is not
 * cancelled by `signal`: it was started before anyone asked, and is taken at most once).
 */
export function fetchJsonOnce(url: string, signal?: AbortSignal): Promise<unknown> {
  const read = early.get(url);
  if (!read) return fetchJson(url, signal);
  early.delete(url);
  return read;
}
