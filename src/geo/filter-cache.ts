import type { Bitset } from './bitset';
import type { PointColumns } from './point-columns';

/**
 * Per-dataset memo of the bitsets of criteria that need a scan (ranges, shapes, view), keyed
 * by the criterion's canonical text. Changing one attribute then recombines cached bitsets
 * instead of re-testing every drawn shape. Keyed weakly by the columns, so a reloaded dataset
 * drops its cache with its index. Cached bitsets are never mutated after insertion.
 */
const caches = new WeakMap<PointColumns, Map<string, Bitset>>();

/** Enough for a few shapes × views × ranges; 32 × 125 kB at a million records. */
const CAPACITY = 32;

function cacheOf(cols: PointColumns): Map<string, Bitset> {
  let cache = caches.get(cols);
  if (cache === undefined) {
    cache = new Map();
    caches.set(cols, cache);
  }
  return cache;
}

/** The cached bitset for key (marked most recently used), or undefined. */
export function peekBitset(cols: PointColumns, key: string): Bitset | undefined {
  const cache = cacheOf(cols);
  const hit = cache.get(key);
  if (hit !== undefined) {
    // Re-insert to mark it most recently used (Map keeps insertion order).
    cache.delete(key);
    cache.set(key, hit);
  }
  return hit;
}

/** Caches bits under key; the caller must not mutate them afterwards. */
export function storeBitset(cols: PointColumns, key: string, bits: Bitset): void {
  const cache = cacheOf(cols);
  cache.delete(key);
  cache.set(key, bits);
  if (cache.size > CAPACITY) {
    const oldest = cache.keys().next();
    if (!oldest.done) cache.delete(oldest.value);
  }
}

export function cachedBitset(cols: PointColumns, key: string, build: () => Bitset): Bitset {
  const hit = peekBitset(cols, key);
  if (hit !== undefined) return hit;
  const bits = build();
  storeBitset(cols, key, bits);
  return bits;
}

/** Drops every cached bitset of these columns (benchmarks use it to measure cold runs). */
export function clearFilterCache(cols: PointColumns): void {
  caches.delete(cols);
}
