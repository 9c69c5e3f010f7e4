import { EMPTY_FILTER, type FilterSpec } from '../domain/filter';
import { decodeShape } from '../geo/shape-codec';
import { RING_PASS_WORK, shapeWork } from '../geo/shape-work';
import { decodeListPart, decodeScalarPart, isListKey } from './filter-url-parts';

/**
 * The filter of a link (`f=`, written by filter-url.ts) read back into a FilterSpec. Not in
 * the first paint: use-url-sync.ts loads it when the hash carries a filter, before the first
 * filter result is computed.
 */
export interface DecodedFilter {
  spec: FilterSpec;
  /** The text of every part (or list item) that was malformed and skipped, for a notice. */
  ignored: string[];
}

/** Longer input is not something encodeFilter writes; it is ignored as a whole. */
const MAX_INPUT = 100_000;
const MAX_SHAPES = 50;
/**
 * Vertices over all polygons of one link: bounds the work of preparing and testing shapes
 * (with MAX_MEAN_CROSSINGS per ring, see geo/shape-codec.ts) whatever the link holds.
 */
export const MAX_TOTAL_VERTICES = 20_000;
/**
 * Summed shapeWork of one link's shapes: about the edge tests per record, so applying the
 * worst link to 100k records stays within a few frames (scripts/bench/hash-bench.ts). Three
 * or four hand-drawn outlines, or 16 circles, or 48 rectangles fit.
 */
export const MAX_SHAPE_WORK = 48;
const MAX_IGNORED_TEXT = 64;

function shorten(text: string): string {
  return text.length > MAX_IGNORED_TEXT ? `${text.slice(0, MAX_IGNORED_TEXT)}…` : text;
}

function freshSpec(): FilterSpec {
  return structuredClone(EMPTY_FILTER);
}

/** What is left of a link's shape caps while its parts are decoded in order. */
interface ShapeBudget {
  vertices: number;
  work: number;
}

/** A ring costs its pass and at least two edges; a ring vertex takes ≥ 2 characters. */
const MIN_RING_WORK = RING_PASS_WORK + 2;
const MAX_CHARS_PER_VERTEX = 16;

/** Whether a shape part can fit the budget at all, judged before decoding it. */
function mayFit(key: string, value: string, budget: ShapeBudget): boolean {
  if (key !== 'p') return budget.work >= 1 && budget.vertices >= 1;
  return (
    budget.work >= MIN_RING_WORK &&
    Math.ceil(value.length / MAX_CHARS_PER_VERTEX) <= budget.vertices
  );
}

function applyShape(key: string, value: string, spec: FilterSpec, budget: ShapeBudget): boolean {
  if (spec.shapes.length >= MAX_SHAPES || !mayFit(key, value, budget)) return false;
  const shape = decodeShape(key, value, `url-${spec.shapes.length + 1}`);
  if (shape === null) return false;
  const vertices = shape.kind === 'polygon' ? shape.ring.length : 1;
  if (vertices > budget.vertices) return false;
  const work = shapeWork(shape);
  if (work > budget.work) return false;
  spec.shapes.push(shape);
  budget.vertices -= vertices;
  budget.work -= work;
  return true;
}

/** Applies one `key:value` part to the draft; returns the texts to report as ignored. */
function applyPart(part: string, spec: FilterSpec, seen: Set<string>, budget: ShapeBudget) {
  const colon = part.indexOf(':');
  if (colon <= 0) return [part];
  const key = part.slice(0, colon);
  const value = part.slice(colon + 1);
  if (key === 'p' || key === 'r' || key === 'o') {
    return applyShape(key, value, spec, budget) ? [] : [part];
  }
  if (isListKey(key)) return decodeListPart(key, value, spec);
  if (seen.has(key)) return [part];
  seen.add(key);
  return decodeScalarPart(key, value, spec) ? [] : [part];
}

function percentDecoded(s: string): string {
  if (!s.includes('%')) return s;
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/**
 * URL parameter value → FilterSpec. Never throws: a malformed part (or an unknown list code)
 * is skipped and its text (cut to 64 characters) listed in `ignored`; the rest still applies.
 * A repeated list key adds to the list; a repeated single-valued key is ignored.
 */
export function decodeFilter(s: string): DecodedFilter {
  const spec = freshSpec();
  if (typeof s !== 'string' || s.length > MAX_INPUT) {
    return { spec, ignored: [shorten(String(s))] };
  }
  const seen = new Set<string>();
  const ignored: string[] = [];
  const budget: ShapeBudget = { vertices: MAX_TOTAL_VERTICES, work: MAX_SHAPE_WORK };
  for (const raw of percentDecoded(s).split(';')) {
    const part = raw.trim();
    if (part !== '') ignored.push(...applyPart(part, spec, seen, budget).map(shorten));
  }
  return { spec, ignored };
}
