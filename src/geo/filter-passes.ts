import type { DrawnShape, FilterSpec, NumRange } from '../domain/filter';
import { type Bitset, emptyBitset, orInto, setBit } from './bitset';
import type { ProjectColumns } from './entity-index';
import { cachedBitset } from './filter-cache';
import { type PointColumns, YEAR_NONE } from './point-columns';
import { loadedShapeUnion } from './shape-union-loader';

/**
 * One bitset per criterion of a FilterSpec, the records that pass it; the engine ANDs them.
 * Criteria that need a scan (ranges, shapes, view) are cached by their canonical text.
 */

/** The records passing one criterion; null when the criterion does not restrict. */
export type Pass = Bitset | null;

/** OR of the per-value bitsets of the chosen values; values outside the domain match nothing. */
export function listPass<T>(
  chosen: readonly T[],
  domain: readonly T[],
  perValue: readonly Bitset[],
  size: number,
): Pass {
  if (chosen.length === 0) return null;
  const sets = [...new Set(chosen.map((v) => perValue[domain.indexOf(v)]))].filter(
    (s): s is Bitset => s !== undefined,
  );
  const [only] = sets;
  if (sets.length === 1 && only !== undefined) return only;
  const bits = emptyBitset(size);
  for (const set of sets) orInto(bits, set);
  return bits;
}

/** Inclusive bounds of a set range, or null when both ends are open (null or NaN). */
function rangeBounds(range: NumRange): [number, number] | null {
  const open = (v: number | null): v is null => v === null || Number.isNaN(v);
  if (open(range.min) && open(range.max)) return null;
  return [open(range.min) ? -Infinity : range.min, open(range.max) ? Infinity : range.max];
}

export function yearPass(cols: PointColumns, range: NumRange): Pass {
  const bounds = rangeBounds(range);
  if (bounds === null) return null;
  const [lo, hi] = bounds;
  return cachedBitset(cols, `year:${lo}~${hi}`, () => {
    const bits = emptyBitset(cols.size);
    const year = cols.year;
    for (let i = 0; i < year.length; i++) {
      const y = year[i] ?? YEAR_NONE;
      if (y !== YEAR_NONE && y >= lo && y <= hi) setBit(bits, i);
    }
    return bits;
  });
}

export function investmentPass(cols: ProjectColumns, range: NumRange): Pass {
  const bounds = rangeBounds(range);
  if (bounds === null) return null;
  const [lo, hi] = bounds;
  return cachedBitset(cols, `inv:${lo}~${hi}`, () => {
    const bits = emptyBitset(cols.size);
    const inv = cols.investment;
    // NaN (unknown) fails both comparisons, as a set range requires.
    for (let i = 0; i < inv.length; i++) {
      const v = inv[i] ?? Number.NaN;
      if (v >= lo && v <= hi) setBit(bits, i);
    }
    return bits;
  });
}

/**
 * Union of the shapes, each record tested until one shape holds it (see shape-union.ts).
 * Callers load the shape tests first (shape-union-loader.ts): a filter with shapes is never
 * applied without them, so that no count is ever taken over a wrong set.
 */
export function shapesPass(cols: PointColumns, shapes: readonly DrawnShape[]): Pass {
  if (shapes.length === 0) return null;
  const union = loadedShapeUnion();
  if (union === null) throw new Error('shapesPass: the shape tests are not loaded');
  return union(cols, shapes);
}

/** The records in an inclusive view box. */
export function viewPass(cols: PointColumns, view: FilterSpec['inView']): Pass {
  if (view === null) return null;
  return cachedBitset(cols, `view:${view.join(',')}`, () => {
    const bits = emptyBitset(cols.size);
    if (cols.spatial === null || !view.every(Number.isFinite)) return bits;
    cols.spatial.search(view[0], view[1], view[2], view[3], (i) => {
      setBit(bits, i);
      return false;
    });
    return bits;
  });
}
