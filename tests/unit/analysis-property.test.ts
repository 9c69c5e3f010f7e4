import fc from 'fast-check';
import Flatbush from 'flatbush';
import { describe, expect, it } from 'vitest';
import { INDUSTRIES } from '../../src/domain/entity';
import { aggregateDensity, densityGeoJSON } from '../../src/geo/density';
import { buildEntityIndex } from '../../src/geo/entity-index';
import { haversineKm, projectX, projectY } from '../../src/geo/equal-area';
import { applyFilter } from '../../src/geo/filter-engine';
import { cellCentre, cellOf, packCell } from '../../src/geo/hex-grid';
import { countWithin, nearestRecords } from '../../src/geo/nearest';
import { unknownYearRecords } from '../../src/geo/year-coverage';
import { company, spec, works, world } from './builders/filter-world';

// Points anywhere in 九龙坡's frame, at full double precision.
const lng = fc.double({ min: 106.25, max: 106.55, noNaN: true });
const lat = fc.double({ min: 29.26, max: 29.56, noNaN: true });
const at = fc.tuple(lng, lat);
const year = fc.option(fc.integer({ min: 2005, max: 2026 }), { nil: null });

const enterpriseRows = fc.array(
  fc.record({ at, industry: fc.constantFrom(...INDUSTRIES), founded: year }),
  { maxLength: 250 },
);
const projectRows = fc.array(
  fc.record({
    at,
    start_year: year,
    investment_yi: fc.option(
      fc.integer({ min: 0, max: 40 }).map((v) => v / 2),
      { nil: null },
    ),
  }),
  { maxLength: 60 },
);

function build(
  es: { at: [number, number]; industry: (typeof INDUSTRIES)[number]; founded: number | null }[],
  ps: { at: [number, number]; start_year: number | null; investment_yi: number | null }[] = [],
) {
  const w = world(
    es.map((e, i) => ({ record: company(`e${i}`, e.at, { ...e, coordinates: e.at }) })),
    ps.map((p, i) => ({ record: works(`p${i}`, p.at, { ...p, coordinates: p.at }) })),
  );
  return { w, index: buildEntityIndex(w.enterprises, w.projects, w.link, Flatbush) };
}

/** The cell whose centre is nearest, among the 5×5 block of cells around a rough guess. */
function nearestCentreCell(x: number, y: number, size: number): number {
  const r0 = Math.round(y / (1.5 * size));
  const q0 = Math.round(x / (Math.sqrt(3) * size) - r0 / 2);
  let best = Number.POSITIVE_INFINITY;
  let key = 0;
  for (let dq = -2; dq <= 2; dq++) {
    for (let dr = -2; dr <= 2; dr++) {
      const [cx, cy] = cellCentre(q0 + dq, r0 + dr, size);
      const d = (cx - x) ** 2 + (cy - y) ** 2;
      if (d < best) {
        best = d;
        key = packCell(q0 + dq, r0 + dr);
      }
    }
  }
  return key;
}

describe('hexagon density grid', () => {
  it('places each point in the cell with the nearest centre', () => {
    fc.assert(
      fc.property(at, fc.constantFrom(0.125, 0.25, 0.5, 1, 2, 4), ([x, y], size) => {
        const px = projectX(x);
        const py = projectY(y);
        expect(cellOf(px, py, size)).toBe(nearestCentreCell(px, py, size));
      }),
      { numRuns: 2000 },
    );
  });

  it('cell counts sum to the filter count, for any filter, dataset and size', () => {
    fc.assert(
      fc.property(
        enterpriseRows,
        projectRows,
        fc.subarray([...INDUSTRIES]),
        fc.option(fc.integer({ min: 2010, max: 2026 }), { nil: null }),
        fc.constantFrom('enterprises', 'projects', 'both'),
        fc.constantFrom(0.25, 1, 2),
        (es, ps, industries, upTo, dataset, sizeKm) => {
          const { w, index } = build(es, ps);
          const result = applyFilter(index, spec({ industries, years: { min: null, max: upTo } }));
          const grid = aggregateDensity(index, result, { dataset, weight: 'count', sizeKm });
          const want =
            (dataset === 'projects' ? 0 : result.enterprises.count) +
            (dataset === 'enterprises' ? 0 : result.projects.count);
          const sum = grid.cells.reduce((s, c) => s + c.count, 0);
          expect(sum).toBe(want);
          expect(grid.counted).toBe(want);
          const gj = densityGeoJSON(grid);
          expect(gj.features.reduce((s, f) => s + f.properties.count, 0)).toBe(want);
          expect(w.enterprises.length).toBe(es.length);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('investment weighting sums the known investments and counts the unknown apart', () => {
    fc.assert(
      fc.property(projectRows, (ps) => {
        const { index } = build([], ps);
        const result = applyFilter(index, spec());
        const grid = aggregateDensity(index, result, {
          dataset: 'projects',
          weight: 'investment',
          sizeKm: 1,
        });
        const known = ps.filter((p) => p.investment_yi !== null);
        const total = known.reduce((s, p) => s + (p.investment_yi ?? 0), 0);
        expect(grid.cells.reduce((s, c) => s + c.value, 0)).toBeCloseTo(total, 9);
        expect(grid.unweighted).toBe(ps.length - known.length);
      }),
      { numRuns: 100 },
    );
  });
});

describe('year filter', () => {
  it('equals the attribute filter on the year, and counts unknown years apart', () => {
    fc.assert(
      fc.property(
        enterpriseRows,
        projectRows,
        fc.option(fc.integer({ min: 2005, max: 2026 }), { nil: null }),
        fc.option(fc.integer({ min: 2005, max: 2026 }), { nil: null }),
        fc.subarray([...INDUSTRIES]),
        (es, ps, min, max, industries) => {
          const { index } = build(es, ps);
          const s = spec({ years: { min, max }, industries });
          const got = applyFilter(index, s);
          const inRange = (y: number | null) =>
            min === null && max === null
              ? true
              : y !== null && (min === null || y >= min) && (max === null || y <= max);
          const okIndustry = (i: (typeof INDUSTRIES)[number]) =>
            industries.length === 0 || industries.includes(i);
          const wantE = es.flatMap((e, i) =>
            inRange(e.founded) && okIndustry(e.industry) ? [i] : [],
          );
          const wantP = ps.flatMap((p, i) => (inRange(p.start_year) ? [i] : []));
          expect(Array.from(got.enterprises.indices)).toEqual(wantE);
          expect(Array.from(got.projects.indices)).toEqual(wantP);
          const set = min !== null || max !== null;
          expect(unknownYearRecords(index, s)).toEqual({
            enterprises: set
              ? es.filter((e) => e.founded === null && okIndustry(e.industry)).length
              : 0,
            projects: set ? ps.filter((p) => p.start_year === null).length : 0,
          });
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('nearest enterprises', () => {
  it('equal a brute-force great-circle sort, with and without a filter', () => {
    fc.assert(
      fc.property(
        enterpriseRows,
        at,
        fc.integer({ min: 1, max: 25 }),
        fc.subarray([...INDUSTRIES]),
        (es, from, k, industries) => {
          const { index } = build(es);
          const cols = index.enterprises;
          const accept = (i: number) =>
            industries.length === 0 || industries.includes(es[i]?.industry ?? '其他');
          const brute = es
            .map((e, i) => ({ index: i, km: haversineKm(from[0], from[1], e.at[0], e.at[1]) }))
            .filter((n) => accept(n.index))
            .sort((a, b) => a.km - b.km || a.index - b.index)
            .slice(0, k);
          expect(nearestRecords(cols, from, k, accept)).toEqual(brute);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('counts within 1, 3 and 5 km by industry like a brute-force scan', () => {
    fc.assert(
      fc.property(enterpriseRows, at, (es, from) => {
        const { index } = build(es);
        const cols = index.enterprises;
        const got = countWithin(cols, from, [1, 3, 5], cols.industry, INDUSTRIES.length);
        const want = [1, 3, 5].map((r) =>
          INDUSTRIES.map(
            (ind) =>
              es.filter(
                (e) => e.industry === ind && haversineKm(from[0], from[1], e.at[0], e.at[1]) <= r,
              ).length,
          ),
        );
        expect(got).toEqual(want);
      }),
      { numRuns: 200 },
    );
  });
});
