import { type DrawnShape, EMPTY_FILTER, type FilterSpec, type NumRange } from '../domain/filter';
import { userZoneLinkCode } from '../domain/user-zone';
import { decodeShape, encodeBbox, encodeShape, formatNumber } from '../geo/shape-codec';
import { RING_PASS_WORK, shapeWork } from '../geo/shape-work';
import { inDomainOrder, LIST_FIELDS, type ListFieldCodes } from './filter-codes';
import { decodeListPart, decodeScalarPart, isListKey } from './filter-url-parts';

/**
 * The filter as the value of one URL hash parameter, e.g.
 * `z:xipeng,jiulong;i:hydrogen;k:university;y:2015~;syn:0;o:106.305,29.335,2`.
 * Parts are `key:value` joined by `;`; lists hold stable ASCII codes (filter-codes.ts) joined
 * by `,` in domain order (a zone list may end with user zones, `z:xipeng,u:<layer-id>`); ranges are `min~max` with either end empty; shapes are one part
 * each, in drawing order (p = polygon ring, r = rectangle, o = circle lng,lat,km); b is the
 * in-view box. Only parts that differ from EMPTY_FILTER are written. Shape ids are not kept:
 * decoding names them `url-1`, `url-2`, … Coordinates and radii round to 1e-5.
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

function listPart<T extends string>(field: ListFieldCodes<T>, chosen: readonly T[]): string | null {
  const values = inDomainOrder(field, chosen);
  return values.length > 0
    ? `${field.key}:${values.map((v) => field.codes[v].en).join(',')}`
    : null;
}

/** Plan zones in domain order, then user zones (`u:<layer-id>`) in the order chosen. */
function zonePart(spec: FilterSpec): string | null {
  const plan = listPart(LIST_FIELDS.zones, spec.zones);
  const user = [...new Set(spec.userZones)].map(userZoneLinkCode);
  if (user.length === 0) return plan;
  return `${plan ?? `${LIST_FIELDS.zones.key}:`}${plan ? ',' : ''}${user.join(',')}`;
}

function rangePart(key: string, range: NumRange): string | null {
  const end = (v: number | null) => (v !== null && Number.isFinite(v) ? formatNumber(v) : '');
  const [min, max] = [end(range.min), end(range.max)];
  return min === '' && max === '' ? null : `${key}:${min}~${max}`;
}

function shapeIsFinite(shape: DrawnShape): boolean {
  const values =
    shape.kind === 'polygon'
      ? shape.ring.flat()
      : shape.kind === 'rectangle'
        ? shape.bbox
        : [...shape.center, shape.radiusKm];
  return values.every(Number.isFinite);
}

/** FilterSpec → URL parameter value ('' for the empty filter). Never throws. */
export function encodeFilter(spec: FilterSpec): string {
  const parts = [
    zonePart(spec),
    listPart(LIST_FIELDS.industries, spec.industries),
    listPart(LIST_FIELDS.categories, spec.categories),
    listPart(LIST_FIELDS.orgKinds, spec.orgKinds),
    listPart(LIST_FIELDS.projectTypes, spec.projectTypes),
    listPart(LIST_FIELDS.projectStatuses, spec.projectStatuses),
    rangePart('v', spec.investment),
    rangePart('y', spec.years),
    listPart(LIST_FIELDS.linkStatuses, spec.linkStatuses),
    spec.includeSynthetic ? null : 'syn:0',
    ...spec.shapes.filter(shapeIsFinite).map(encodeShape),
    spec.inView?.every(Number.isFinite) ? `b:${encodeBbox(spec.inView)}` : null,
  ];
  return parts.filter((p): p is string => p !== null).join(';');
}

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
