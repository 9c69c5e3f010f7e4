import type { DrawnShape } from '../domain/filter';
import type { Bitset } from './bitset';
import type { PointColumns } from './point-columns';

/**
 * The drawn-shape tests (shape-union.ts with polygon-test.ts and shape-test.ts) are not in
 * the first paint: the default view has no shapes. They load when a filter first has shapes
 * (use-filter-result.ts computes no result until then), and right after the map's first idle
 * with the drawing tools, so drawing never waits for them.
 */
export type ShapeUnion = (cols: PointColumns, shapes: readonly DrawnShape[]) => Bitset;

let union: ShapeUnion | null = null;
let loading: Promise<ShapeUnion> | null = null;
const listeners = new Set<() => void>();

/** The loaded shape union, or null while it is not loaded. */
export function loadedShapeUnion(): ShapeUnion | null {
  return union;
}

/** Loads the shape tests once; a failed fetch may be tried again. */
export function loadShapeUnion(): Promise<ShapeUnion> {
  loading ??= import('./shape-union').then(
    (m) => {
      union = m.shapeUnion;
      for (const listener of listeners) listener();
      return m.shapeUnion;
    },
    (err: unknown) => {
      loading = null;
      throw err;
    },
  );
  return loading;
}

/** Calls `listener` once the shape tests have loaded (for useSyncExternalStore). */
export function onShapeUnionLoaded(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
