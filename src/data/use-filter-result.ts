import { useEffect, useSyncExternalStore } from 'react';
import type { FilterSpec } from '../domain/filter';
import { applyFilter, type FilterResult } from '../geo/filter-engine';
import { loadedShapeUnion, loadShapeUnion, onShapeUnionLoaded } from '../geo/shape-union-loader';
import type { UserZoneLinks } from '../geo/user-zone-bits';
import { isLinkFilterPending, onLinkFilterChange } from '../state/link-filter';
import { useAppStore } from '../state/store';
import type { EntityData } from './entities';
import { useUserZoneLinks } from './import/user-zone-links';
import { useEntityData } from './use-entities';

/** Remembers the last result by argument identity, so every reader shares one computation. */
export function memoLast<A extends object, B extends object, R>(
  fn: (a: A, b: B) => R,
): (a: A, b: B) => R {
  let lastA: A | null = null;
  let lastB: B | null = null;
  let last: R | undefined;
  return (a, b) => {
    if (a !== lastA || b !== lastB || last === undefined) {
      last = fn(a, b);
      lastA = a;
      lastB = b;
    }
    return last;
  };
}

/** The filter and the user-zone membership it reads, as one memo key (see useFilterInput). */
interface FilterInput {
  filter: FilterSpec;
  links: UserZoneLinks;
}

let lastInput: FilterInput | null = null;
/** The same object while neither part changes, so memoLast sees one identity. */
function filterInput(filter: FilterSpec, links: UserZoneLinks): FilterInput {
  if (lastInput?.filter !== filter || lastInput.links !== links) lastInput = { filter, links };
  return lastInput;
}

/** The store's filter and the user-zone membership linked for `data`. */
export function useFilterInput(data: EntityData | null | undefined): FilterInput {
  const filter = useAppStore((s) => s.filter);
  return filterInput(filter, useUserZoneLinks(data));
}

/**
 * Whether the filter can be applied: not while a link's filter is still being decoded, nor
 * while the shape tests a filter with shapes needs are loading (both are fetched on demand,
 * in milliseconds; meanwhile readers see no result, as while the data loads).
 */
function useFilterReady(filter: FilterSpec): boolean {
  // Subscribed so the readers render again when either arrives; the test is filterReadyNow's.
  useSyncExternalStore(onLinkFilterChange, isLinkFilterPending);
  useSyncExternalStore(onShapeUnionLoaded, loadedShapeUnion);
  const needsShapes = awaitsShapeTests(filter);
  useEffect(() => {
    if (needsShapes) void loadShapeUnion();
  }, [needsShapes]);
  return filterReadyNow(filter);
}

/** A filter with shapes before the shape tests are loaded. */
function awaitsShapeTests(filter: FilterSpec): boolean {
  return filter.shapes.length > 0 && loadedShapeUnion() === null;
}

/** The same test outside React (the map's store subscription): may the filter run now? */
export function filterReadyNow(filter: FilterSpec): boolean {
  return !isLinkFilterPending() && !awaitsShapeTests(filter);
}

const filterOnce = memoLast((data: EntityData, input: FilterInput) =>
  applyFilter(data.index, input.filter, input.links),
);
/**
 * The one filter result the whole app reads (map layers, lists, counts, statistics, exports):
 * computed once per change of data or filter, however many components ask.
 */
export function useFilterResult(): FilterResult | null {
  const data = useEntityData();
  const input = useFilterInput(data);
  const ready = useFilterReady(input.filter);
  return data && ready ? filterOnce(data, input) : null;
}

/** The last filter seen without a view box: reused while only the box differs from it. */
let lastPlain: FilterSpec | null = null;
function withoutView(filter: FilterSpec): FilterSpec {
  if (filter.inView === null) {
    lastPlain = filter;
    return filter;
  }
  const plain = lastPlain;
  const keys = Object.keys(filter) as (keyof FilterSpec)[];
  if (plain && keys.every((k) => k === 'inView' || filter[k] === plain[k])) return plain;
  lastPlain = { ...filter, inView: null };
  return lastPlain;
}

let mapMemo: {
  data: EntityData;
  spec: FilterSpec;
  links: UserZoneLinks;
  result: FilterResult;
} | null = null;

/**
 * The result the map draws for this data, filter and user-zone membership: every criterion but
 * "only what is in view". Shared with useMapFilterResult (one computation per change), and
 * callable outside React: the map takes its clusters straight from a store subscription, before
 * the sidebar re-renders (use-entity-sync.ts).
 */
export function mapFilterResultOf(
  data: EntityData,
  filter: FilterSpec,
  links: UserZoneLinks,
): FilterResult {
  const spec = withoutView(filter);
  if (mapMemo?.data === data && mapMemo.spec === spec && mapMemo.links === links) {
    return mapMemo.result;
  }
  const input = filterInput(filter, links);
  const result = spec === filter ? filterOnce(data, input) : applyFilter(data.index, spec, links);
  mapMemo = { data, spec, links, result };
  return result;
}

/**
 * The result the map draws: every criterion but "only what is in view", which narrows the
 * lists and statistics only. Turning it on or panning with it on keeps this very object, so
 * the map is given nothing new.
 */
export function useMapFilterResult(): FilterResult | null {
  const data = useEntityData();
  const input = useFilterInput(data);
  const ready = useFilterReady(input.filter);
  return data && ready ? mapFilterResultOf(data, input.filter, input.links) : null;
}
