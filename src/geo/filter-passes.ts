import type { DrawnShape, FilterSpec, NumRange } from '../domain/filter';
import type { BBox } from './bbox';
import { type Bitset, emptyBitset, hasBit, orInto, setBit } from './bitset';
import type { ProjectColumns } from './entity-index';
import { cachedBitset } from './filter-cache';
import { type PointColumns, YEAR_NONE } from './point-columns';
import { prepareShape } from './shape-test';

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

/** Sets in `bits` every point in bbox for which `test` holds (all of them when test is null). */
function markInBox(
  cols: PointColumns,
  bbox: BBox,
  bits: Bitset,
  test: ((x: number, y: number) => boolean) | null,
): void {
  if (cols.spatial === null || !bbox.every(Number.isFinite)) return;
  // Flatbush hands each candidate's own coordinates to the callback; returning false keeps it
  // from building a result array we would not use.
  cols.spatial.search(bbox[0], bbox[1], bbox[2], bbox[3], (i, x, y) => {
    if (!hasBit(bits, i) && (test === null || test(x, y))) setBit(bits, i);
    return false;
  });
}

function shapeKey(shape: DrawnShape): string {
  if (shape.kind === 'polygon') return `p:${JSON.stringify(shape.ring)}`;
  if (shape.kind === 'rectangle') return `r:${JSON.stringify(shape.bbox)}`;
  return `c:${JSON.stringify([shape.center, shape.radiusKm])}`;
}

/** Union of the shapes; each shape's bitset is cached on its own, so adding one is cheap. */
export function shapesPass(cols: PointColumns, shapes: readonly DrawnShape[]): Pass {
  if (shapes.length === 0) return null;
  const bits = emptyBitset(cols.size);
  for (const shape of shapes) {
    const own = cachedBitset(cols, shapeKey(shape), () => {
      const set = emptyBitset(cols.size);
      const prepared = prepareShape(shape);
      if (prepared !== null) markInBox(cols, prepared.bbox, set, prepared.contains);
      return set;
    });
    orInto(bits, own);
  }
  return bits;
}

export function viewPass(cols: PointColumns, view: FilterSpec['inView']): Pass {
  if (view === null) return null;
  return cachedBitset(cols, `view:${view.join(',')}`, () => {
    const bits = emptyBitset(cols.size);
    markInBox(cols, view, bits, null);
    return bits;
  });
}
