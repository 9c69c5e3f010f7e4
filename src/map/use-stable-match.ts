import { useRef } from 'react';
import { sameBits } from '../geo/bitset-equal';
import type { DatasetMatch } from '../geo/filter-engine';

/**
 * The previous match object while the matched records stay the same: every filter change
 * builds a new result for both datasets, but an industry click leaves the projects as they
 * were, and re-sending them cost two more source reloads per click (issue 11).
 */
export function useStableMatch(match: DatasetMatch | undefined): DatasetMatch | undefined {
  const last = useRef<DatasetMatch | undefined>(undefined);
  const prev = last.current;
  if (match && prev && prev !== match && sameBits(prev.bits, match.bits)) return prev;
  last.current = match;
  return match;
}
