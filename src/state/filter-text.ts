import type { FilterSpec } from '../domain/filter';
import { narrowsNothing } from '../geo/filter-engine';

/**
 * The filter's text for a link (`f=`), with the encoder (filter-url.ts and its code tables)
 * out of the first paint: a cleared filter is '' without it, and the encoder is fetched the
 * first time a filter is set. Until it arrives the text is not known (null) and the hash waits.
 */
type Encode = (spec: FilterSpec) => string;
let encode: Encode | null = null;
let loading: Promise<Encode> | null = null;

export function loadFilterEncoder(): Promise<Encode> {
  loading ??= import('./filter-url').then(
    (m) => {
      encode = m.encodeFilter;
      return m.encodeFilter;
    },
    (error: unknown) => {
      loading = null; // offline: the next change tries again
      throw error;
    },
  );
  return loading;
}

/** True for a filter whose link text is '' (nothing narrowed, synthetic records shown). */
export function isClearedFilter(spec: FilterSpec): boolean {
  return spec.includeSynthetic && narrowsNothing(spec);
}

/** The filter's link text now, or null while the encoder is still loading. */
export function filterTextNow(spec: FilterSpec): string | null {
  if (isClearedFilter(spec)) return '';
  return encode ? encode(spec) : null;
}
