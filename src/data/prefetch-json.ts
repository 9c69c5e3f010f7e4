import { fetchJson } from './dataset-error';

/** Reads started before their load asked for them, by URL; each is handed out once. */
const early = new Map<string, Promise<unknown>>();

/**
 * Starts fetching and parsing `url` now (the entities worker, while the page still loads the
 * zones the records are linked to). Failures are kept for the load to report as its own.
 */
export function prefetchJson(url: string): void {
  if (early.has(url)) return;
  const read = fetchJson(url);
  // Reported when the load takes it; never an unhandled rejection meanwhile.
  read.catch(() => {});
  early.set(url, read);
}

/** fetchJson, answered by a prefetch of the same URL when one was started. */
export function fetchJsonOnce(url: string): Promise<unknown> {
  const read = early.get(url);
  if (!read) return fetchJson(url);
  early.delete(url);
  return read;
}
