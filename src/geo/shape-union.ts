import type { DrawnShape } from '../domain/filter';
import type { BBox } from './bbox';
import { type Bitset, emptyBitset, hasBit } from './bitset';
import { peekBitset, storeBitset } from './filter-cache';
import type { PointColumns } from './point-columns';
import { prepareShape } from './shape-test';

/**
 * The union of drawn shapes over one dataset. Shapes are tested in order and a record that an
 * earlier shape matched is never tested again, so a link full of shapes over the same records
 * costs about one test per record, not one per record and shape. The union of every prefix is
 * the same set whatever the order inside it, so the union of all shapes but the last is cached:
 * adding, editing or removing the last shape re-tests only that shape's candidates.
 */

/** Shape texts → short ids, so the cache key of 50 long rings is not 50 copies of them. */
const ids = new Map<string, number>();
/** Bumped when `ids` is cleared, so a key built from old ids can never name a new union. */
let epoch = 0;
const MAX_IDS = 4096;

function shapeText(shape: DrawnShape): string {
  if (shape.kind === 'polygon') return `p:${JSON.stringify(shape.ring)}`;
  if (shape.kind === 'rectangle') return `r:${JSON.stringify(shape.bbox)}`;
  return `c:${JSON.stringify([shape.center, shape.radiusKm])}`;
}

function shapeId(shape: DrawnShape): number {
  const text = shapeText(shape);
  let id = ids.get(text);
  if (id === undefined) {
    if (ids.size >= MAX_IDS) {
      ids.clear();
      epoch++;
    }
    id = ids.size;
    ids.set(text, id);
  }
  return id;
}

/** Whether a box is small enough next to the data's extent for the spatial index to pay. */
function indexPays(cols: PointColumns, box: BBox): boolean {
  const index = cols.spatial;
  if (index === null) return false;
  const dataArea = (index.maxX - index.minX) * (index.maxY - index.minY);
  const w = Math.min(box[2], index.maxX) - Math.max(box[0], index.minX);
  const h = Math.min(box[3], index.maxY) - Math.max(box[1], index.minY);
  return w <= 0 || h <= 0 || w * h < dataArea / 4;
}

/** Candidate record indices, reused across shapes (grown on demand; main thread only). */
let scratch = new Uint32Array(1024);

function room(n: number): Uint32Array {
  if (scratch.length < n) scratch = new Uint32Array(Math.max(n, scratch.length * 2));
  return scratch;
}

/** The box's candidates (from the spatial index) that are not in bits yet; returns the count. */
function fromIndex(cols: PointColumns, box: BBox, bits: Bitset): number {
  let n = 0;
  // Flatbush returning false from the callback keeps it from building a result array.
  cols.spatial?.search(box[0], box[1], box[2], box[3], (i) => {
    if (!hasBit(bits, i)) room(n + 1)[n++] = i;
    return false;
  });
  return n;
}

/** Every record not in bits yet that lies in the box (a word-wise walk of the gaps). */
function fromGaps(cols: PointColumns, box: BBox, bits: Bitset): number {
  const { lng, lat, size } = cols;
  const [w, s, e, north] = box;
  const ids = room(size);
  let n = 0;
  for (let word = 0; word < bits.length; word++) {
    let free = ~(bits[word] as number);
    const base = word << 5;
    while (free !== 0) {
      const low = free & -free;
      free ^= low;
      const i = base + 31 - Math.clz32(low);
      if (i >= size) break;
      const x = lng[i] as number;
      const y = lat[i] as number;
      if (x >= w && x <= e && y >= s && y <= north) ids[n++] = i;
    }
  }
  return n;
}

/** Adds to bits the records in the shape that are not in bits yet. */
function addShape(cols: PointColumns, shape: DrawnShape, bits: Bitset): void {
  if (cols.size === 0) return;
  const prepared = prepareShape(shape);
  if (prepared === null || !prepared.bbox.every(Number.isFinite)) return;
  const box = prepared.bbox;
  const n = indexPays(cols, box) ? fromIndex(cols, box, bits) : fromGaps(cols, box, bits);
  prepared.markInside(scratch, n, cols.lng, cols.lat, bits);
}

/** The records in at least one of the shapes (cached bitsets are never mutated). */
function shapeIds(shapes: readonly DrawnShape[]): number[] {
  const before = epoch;
  const list = shapes.map(shapeId);
  // A clear in the middle left earlier ids from the old table: number them again.
  return epoch === before ? list : shapes.map(shapeId);
}

export function shapeUnion(cols: PointColumns, shapes: readonly DrawnShape[]): Bitset {
  const list = shapeIds(shapes);
  const key = `shapes:${epoch}:${list.join(',')}`;
  const whole = peekBitset(cols, key);
  if (whole !== undefined) return whole;
  const head = shapes.slice(0, -1);
  const headKey = `shapes:${epoch}:${list.slice(0, -1).join(',')}`;
  let bits: Bitset;
  const cachedHead = head.length > 0 ? peekBitset(cols, headKey) : undefined;
  if (cachedHead !== undefined) {
    bits = cachedHead.slice();
  } else {
    bits = emptyBitset(cols.size);
    for (const shape of head) addShape(cols, shape, bits);
    if (head.length > 0) storeBitset(cols, headKey, bits.slice());
  }
  const last = shapes[shapes.length - 1];
  if (last !== undefined) addShape(cols, last, bits);
  storeBitset(cols, key, bits);
  return bits;
}
