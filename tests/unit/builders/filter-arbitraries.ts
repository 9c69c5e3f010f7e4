import fc from 'fast-check';
import {
  CATEGORIES,
  INDUSTRIES,
  LINK_STATUSES,
  ORG_KINDS,
  PROJECT_STATUSES,
  PROJECT_TYPES,
} from '../../../src/domain/entity';
import type { DrawnShape, FilterSpec, LngLat } from '../../../src/domain/filter';
import { userZoneId } from '../../../src/domain/user-zone';
import { ZONE_IDS } from '../../../src/domain/zone';

/** Values at the codec's 1e-5 precision, which must survive a round trip exactly. */
const fixed5 = (limit: number) =>
  fc.integer({ min: -limit * 1e5, max: limit * 1e5 }).map((k) => k / 1e5);
const lngLat = fc.tuple(fixed5(180), fixed5(90)).map((p): LngLat => p);

/** A non-empty [west, south, east, north] box, as the codec accepts it. */
const box = fc
  .tuple(fixed5(180), fixed5(90), fixed5(180), fixed5(90))
  .filter(([w, s, e, n]) => w !== e && s !== n)
  .map(([w, s, e, n]): [number, number, number, number] => [
    Math.min(w, e),
    Math.min(s, n),
    Math.max(w, e),
    Math.max(s, n),
  ]);

const shapeBody = fc.oneof(
  fc.record({
    kind: fc.constant('polygon' as const),
    // Up to 8 vertices: three such rings stay within the link's shape-work cap (MAX_SHAPE_WORK).
    ring: fc.array(lngLat, { minLength: 3, maxLength: 8 }),
  }),
  fc.record({ kind: fc.constant('rectangle' as const), bbox: box }),
  fc.record({
    kind: fc.constant('circle' as const),
    center: lngLat,
    // A link's circles are at most 100 km across (MAX_RADIUS_KM).
    radiusKm: fc.integer({ min: 0, max: 10_000_000 }).map((k) => k / 1e5),
  }),
);

/** Finite values within the codec's bound (|v| ≤ 1e9), without -0 which prints as 0. */
const finite = fc
  .double({ min: -1e9, max: 1e9, noNaN: true, noDefaultInfinity: true })
  .filter((n) => !Object.is(n, -0));
/** Ranges as a link may hold them: either end open, and min ≤ max when both are set. */
const range = fc
  .record({ min: fc.option(finite, { nil: null }), max: fc.option(finite, { nil: null }) })
  .map((r) => (r.min !== null && r.max !== null && r.min > r.max ? { min: r.max, max: r.min } : r));

/** Canonical specs: lists in domain order without repeats, shapes named as decoding names them. */
export const canonicalSpec: fc.Arbitrary<FilterSpec> = fc.record({
  zones: fc.subarray([...ZONE_IDS]),
  // Layer ids as the importer makes them; a link keeps user zones in the order chosen.
  userZones: fc
    .uniqueArray(fc.stringMatching(/^l[a-z0-9]{1,10}$/), { maxLength: 3 })
    .map((ids) => ids.map(userZoneId)),
  industries: fc.subarray([...INDUSTRIES]),
  categories: fc.subarray([...CATEGORIES]),
  orgKinds: fc.subarray([...ORG_KINDS]),
  projectTypes: fc.subarray([...PROJECT_TYPES]),
  projectStatuses: fc.subarray([...PROJECT_STATUSES]),
  investment: range,
  years: range,
  linkStatuses: fc.subarray([...LINK_STATUSES]),
  includeSynthetic: fc.boolean(),
  shapes: fc
    .array(shapeBody, { maxLength: 3 })
    .map((list) => list.map((s, i): DrawnShape => ({ ...s, id: `url-${i + 1}` }))),
  inView: fc.option(box, { nil: null }),
});
