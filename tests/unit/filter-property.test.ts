import fc from 'fast-check';
import Flatbush from 'flatbush';
import { describe, expect, it } from 'vitest';
import {
  CATEGORIES,
  INDUSTRIES,
  LINK_STATUSES,
  ORG_KINDS,
  PROJECT_STATUSES,
  PROJECT_TYPES,
} from '../../src/domain/entity';
import {
  type DrawnShape,
  EMPTY_FILTER,
  type FilterSpec,
  type LngLat,
  type NumRange,
} from '../../src/domain/filter';
import { ZONE_IDS } from '../../src/domain/zone';
import { buildEntityIndex } from '../../src/geo/entity-index';
import { applyFilter } from '../../src/geo/filter-engine';
import { filterReference } from '../../src/geo/filter-reference';
import { company, type Row, works, world } from './builders/filter-world';

/*
 * Coordinates sit on a lattice of 2⁻¹⁰° steps from (106.25, 29.25): every lattice value is
 * exact in binary, so the orientation products of lattice points are exact and the engine's
 * plain predicate agrees with turf's exact one even for records exactly on an edge or vertex.
 * Other records are shifted off the lattice by irrational-looking offsets, far (in float terms)
 * from any lattice line. Boxes use a few coarse values, some equal to record coordinates, so
 * inclusive edges and shared cache keys both occur.
 */
const X0 = 106.25;
const Y0 = 29.25;
const STEP = 2 ** -10;
const OFF_X = Math.SQRT2 - 1;
const OFF_Y = Math.PI - 3;
const cell = fc.integer({ min: 0, max: 40 });

const vertex = fc.tuple(cell, cell).map(([i, j]): LngLat => [X0 + i * STEP, Y0 + j * STEP]);
const recordPoint = fc.oneof(
  fc.tuple(cell, cell).map(([i, j]): LngLat => [X0 + (i + OFF_X) * STEP, Y0 + (j + OFF_Y) * STEP]),
  vertex,
);
/** Few distinct values, so boxes share edges with records and with each other (cache keys). */
const coarse = fc.constantFrom(0, 8, 16, 24, 32, 40);
const edgeValue = (origin: number, offset: number) =>
  fc
    .tuple(coarse, fc.boolean())
    .map(([i, onRecords]) => origin + (i + (onRecords ? offset : 0)) * STEP);
/**
 * Halves in a narrow range rather than fc.double (which favours tiny magnitudes): values then
 * often equal a range's end, exercising inclusive bounds.
 */
const halves = (min: number, max: number) =>
  fc.integer({ min: min * 2, max: max * 2 }).map((t) => t / 2);
const mask = fc.integer({ min: 0, max: 15 });
const link = fc.constantFrom(...LINK_STATUSES);
const year = fc.option(fc.integer({ min: 1990, max: 2026 }), { nil: null });

const enterpriseRow = fc
  .record({
    at: recordPoint,
    industry: fc.constantFrom(...INDUSTRIES),
    categories: fc.subarray([...CATEGORIES]),
    org_kind: fc.constantFrom(...ORG_KINDS),
    founded: year,
    synthetic: fc.boolean(),
    mask,
    link,
  })
  .map(
    (r): Row<ReturnType<typeof company>> => ({
      record: company('e', r.at, { ...r, coordinates: r.at }),
      mask: r.mask,
      link: r.link,
    }),
  );

const projectRow = fc
  .record({
    at: recordPoint,
    type: fc.constantFrom(...PROJECT_TYPES),
    status: fc.constantFrom(...PROJECT_STATUSES),
    investment_yi: fc.option(halves(0, 20), { nil: null }),
    start_year: year,
    synthetic: fc.boolean(),
    mask,
    link,
  })
  .map(
    (r): Row<ReturnType<typeof works>> => ({
      record: works('p', r.at, { ...r, coordinates: r.at }),
      mask: r.mask,
      link: r.link,
    }),
  );

const shape: fc.Arbitrary<DrawnShape> = fc.oneof(
  fc.record({
    kind: fc.constant('polygon' as const),
    id: fc.constant('p'),
    ring: fc
      .tuple(fc.array(vertex, { minLength: 2, maxLength: 12 }), fc.boolean())
      .map(([ring, close]) => (close && ring[0] ? [...ring, ring[0]] : ring)),
  }),
  fc.record({
    kind: fc.constant('rectangle' as const),
    id: fc.constant('r'),
    bbox: fc.tuple(
      edgeValue(X0, OFF_X),
      edgeValue(Y0, OFF_Y),
      edgeValue(X0, OFF_X),
      edgeValue(Y0, OFF_Y),
    ),
  }),
  fc.record({
    kind: fc.constant('circle' as const),
    id: fc.constant('c'),
    center: fc.oneof(vertex, recordPoint),
    radiusKm: fc.integer({ min: 0, max: 3000 }).map((m) => m / 1000),
  }),
);

/** Each criterion is left open most of the time, or the AND of all of them matches nothing. */
function sometimes<T>(open: T, restricted: fc.Arbitrary<T>): fc.Arbitrary<T> {
  return fc.oneof(
    { weight: 3, arbitrary: fc.constant(open) },
    { weight: 1, arbitrary: restricted },
  );
}

function someOf<T>(values: readonly T[]): fc.Arbitrary<T[]> {
  return sometimes<T[]>([], fc.array(fc.constantFrom(...values), { minLength: 1, maxLength: 3 }));
}

const range = (min: number, max: number): fc.Arbitrary<NumRange> =>
  sometimes<NumRange>(
    { min: null, max: null },
    fc.record({
      min: fc.option(halves(min, max), { nil: null }),
      max: fc.option(halves(min, max), { nil: null }),
    }),
  );

const box = fc.tuple(
  edgeValue(X0, OFF_X),
  edgeValue(Y0, OFF_Y),
  edgeValue(X0, OFF_X),
  edgeValue(Y0, OFF_Y),
);

const filterSpec: fc.Arbitrary<FilterSpec> = fc.record({
  zones: someOf(ZONE_IDS),
  // User zones: filter-property-user-zones.test.ts.
  userZones: fc.constant([]),
  industries: someOf(INDUSTRIES),
  categories: someOf(CATEGORIES),
  orgKinds: someOf(ORG_KINDS),
  projectTypes: someOf(PROJECT_TYPES),
  projectStatuses: someOf(PROJECT_STATUSES),
  investment: range(0, 20),
  years: range(1990, 2026),
  linkStatuses: someOf(LINK_STATUSES),
  includeSynthetic: sometimes(true, fc.constant(false)),
  shapes: fc.array(shape, { maxLength: 6 }),
  inView: sometimes(null, box),
});

describe('applyFilter equals the naive reference', () => {
  it('on random records and a sequence of random filters over one index', () => {
    fc.assert(
      fc.property(
        fc.array(enterpriseRow, { maxLength: 300, size: 'max' }),
        fc.array(projectRow, { maxLength: 80, size: 'max' }),
        fc.array(filterSpec, { minLength: 1, maxLength: 3 }),
        (enterprises, projects, specs) => {
          const w = world(enterprises, projects);
          const index = buildEntityIndex(w.enterprises, w.projects, w.link, Flatbush);
          for (const s of specs) {
            const got = applyFilter(index, s);
            const want = filterReference(w.enterprises, w.projects, w.link, s);
            expect(Array.from(got.enterprises.indices)).toEqual(want.enterprises);
            expect(Array.from(got.projects.indices)).toEqual(want.projects);
            expect(got.enterprises.count).toBe(want.enterprises.length);
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('when shapes are added, edited or removed one at a time (the cached unions)', () => {
    fc.assert(
      fc.property(
        fc.array(enterpriseRow, { maxLength: 300, size: 'max' }),
        fc.array(shape, { minLength: 1, maxLength: 6 }),
        shape,
        fc.nat(),
        (enterprises, shapes, other, at) => {
          const w = world(enterprises, []);
          const index = buildEntityIndex(w.enterprises, [], w.link, Flatbush);
          const k = at % shapes.length;
          // As a user draws: one shape at a time, then the last edited, then one removed.
          const steps = [
            ...shapes.map((_, i) => shapes.slice(0, i + 1)),
            [...shapes.slice(0, -1), other],
            shapes.filter((_, i) => i !== k),
            shapes,
          ];
          for (const list of steps) {
            const s = { ...EMPTY_FILTER, shapes: list };
            const got = applyFilter(index, s);
            const want = filterReference(w.enterprises, [], w.link, s);
            expect(Array.from(got.enterprises.indices)).toEqual(want.enterprises);
          }
        },
      ),
      { numRuns: 100 },
    );
  });
});
