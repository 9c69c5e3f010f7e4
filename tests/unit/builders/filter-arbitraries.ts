import fc from 'fast-check';
import {
  CATEGORIES,
  INDUSTRIES,
  LINK_STATUSES,
  PROJECT_STATUSES,
  PROJECT_TYPES,
} from '../../../src/domain/entity';
import type { DrawnShape, FilterSpec, LngLat } from '../../../src/domain/filter';
import { ZONE_IDS } from '../../../src/domain/zone';

/** Values at the codec's 1e-5 precision, which must survive a round trip exactly. */
const fixed5 = (limit: number) =>
  fc.integer({ min: -limit * 1e5, max: limit * 1e5 }).map((k) => k / 1e5);
const lngLat = fc.tuple(fixed5(180), fixed5(90)).map((p): LngLat => p);

const shapeBody = fc.oneof(
  fc.record({
    kind: fc.constant('polygon' as const),
    ring: fc.array(lngLat, { minLength: 3, maxLength: 60 }),
  }),
  fc.record({
    kind: fc.constant('rectangle' as const),
    bbox: fc.tuple(fixed5(180), fixed5(90), fixed5(180), fixed5(90)),
  }),
  fc.record({
    kind: fc.constant('circle' as const),
    center: lngLat,
    radiusKm: fc.integer({ min: 0, max: 5_000_000 }).map((k) => k / 1e5),
  }),
);

const finite = fc.double({ noNaN: true, noDefaultInfinity: true }).filter((n) => !Object.is(n, -0));
const range = fc.record({
  min: fc.option(finite, { nil: null }),
  max: fc.option(finite, { nil: null }),
});

/** Canonical specs: lists in domain order without repeats, shapes named as decoding names them. */
export const canonicalSpec: fc.Arbitrary<FilterSpec> = fc.record({
  zones: fc.subarray([...ZONE_IDS]),
  industries: fc.subarray([...INDUSTRIES]),
  categories: fc.subarray([...CATEGORIES]),
  projectTypes: fc.subarray([...PROJECT_TYPES]),
  projectStatuses: fc.subarray([...PROJECT_STATUSES]),
  investment: range,
  years: range,
  linkStatuses: fc.subarray([...LINK_STATUSES]),
  includeSynthetic: fc.boolean(),
  shapes: fc
    .array(shapeBody, { maxLength: 4 })
    .map((list) => list.map((s, i): DrawnShape => ({ ...s, id: `url-${i + 1}` }))),
  inView: fc.option(fc.tuple(fixed5(180), fixed5(90), fixed5(180), fixed5(90)), { nil: null }),
});
