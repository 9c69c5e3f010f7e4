import fc from 'fast-check';
import Flatbush from 'flatbush';
import { describe, expect, it } from 'vitest';
import {
  CATEGORIES,
  type Enterprise,
  INDUSTRIES,
  type Industry,
  PROJECT_STATUSES,
  type Project,
} from '../../src/domain/entity';
import { userZoneId } from '../../src/domain/user-zone';
import { ZONE_IDS } from '../../src/domain/zone';
import { buildEntityIndex } from '../../src/geo/entity-index';
import { applyFilter } from '../../src/geo/filter-engine';
import { filterReference, type ReferenceUserZone } from '../../src/geo/filter-reference';
import { linkUserZone } from '../../src/geo/user-zone-link';
import { compareUserZones } from '../../src/geo/zone-comparison';
import { countZoneIndustry } from '../../src/geo/zone-industry-counts';
import { company, spec, works, world } from './builders/filter-world';
import { recordPoint, rect, ring, zoneGeometry } from './builders/lattice';

/*
 * A user zone's row in the zone comparison and its location-quotient counts against a naive
 * oracle: which records lie in the zone under the filter comes from the naive filter reference
 * (turf on the raw polygons, one loop over the record objects), and the counts are plain loops
 * over those records. Points and zone corners sit on a 2⁻¹⁰° lattice (exact in binary), so
 * records on edges and vertices occur; others sit off it.
 */
const enterpriseRow = fc
  .record({
    at: recordPoint,
    industry: fc.constantFrom(...INDUSTRIES),
    categories: fc.subarray([...CATEGORIES]),
    synthetic: fc.boolean(),
    mask: fc.integer({ min: 0, max: 15 }),
  })
  .map(({ at: p, mask, ...over }) => ({ record: company('e', p, over), mask }));

const projectRow = fc
  .record({
    at: recordPoint,
    site: fc.option(rect, { freq: 3, nil: null }),
    status: fc.constantFrom(...PROJECT_STATUSES),
    investment_yi: fc.option(
      fc.integer({ min: 0, max: 40 }).map((v) => v / 2),
      { nil: null },
    ),
    mask: fc.integer({ min: 0, max: 15 }),
  })
  .map(({ at: p, mask, site, ...over }) => ({
    record: works('p', p, {
      ...over,
      site: site ? { type: 'Polygon' as const, coordinates: [ring(site)] } : null,
    }),
    mask,
  }));

const countBy = <T, K extends string>(
  items: readonly T[],
  domain: readonly K[],
  of: (t: T) => K[],
) => Object.fromEntries(domain.map((k) => [k, items.filter((t) => of(t).includes(k)).length]));

/** The naive counts of the records given, as GroupStats reads them. */
function naiveGroup(es: readonly Enterprise[], ps: readonly Project[]) {
  const known = ps.filter((p) => p.investment_yi !== null);
  return {
    enterprises: es.length,
    enterprisesByIndustry: countBy(es, INDUSTRIES, (e) => [e.industry]),
    enterprisesByCategory: countBy(es, CATEGORIES, (e) => e.categories),
    projects: ps.length,
    projectsByStatus: countBy(ps, PROJECT_STATUSES, (p) => [p.status]),
    investmentYi: known.reduce((s, p) => s + (p.investment_yi ?? 0), 0),
    investmentUnknown: ps.length - known.length,
  };
}

describe('user zones in the comparison and the location quotients equal a naive recount', () => {
  it('for any records, zones and filter', () => {
    fc.assert(
      fc.property(
        fc.array(enterpriseRow, { maxLength: 120, size: 'max' }),
        fc.array(projectRow, { maxLength: 30, size: 'max' }),
        fc.array(zoneGeometry, { minLength: 1, maxLength: 3 }),
        fc.record({
          zones: fc.subarray([...ZONE_IDS]),
          industries: fc.oneof(
            fc.constant<Industry[]>([]),
            fc.subarray([...INDUSTRIES], { minLength: 1 }),
          ),
          includeSynthetic: fc.boolean(),
        }),
        (enterprises, projects, geometries, pick) => {
          const w = world(enterprises, projects);
          const index = buildEntityIndex(w.enterprises, w.projects, w.link, Flatbush);
          const zones: ReferenceUserZone[] = geometries.map((geometry, k) => ({
            id: userZoneId(`l${k}`),
            geometry,
          }));
          const bits = zones.map((z) => linkUserZone(z.id, z.geometry, w.enterprises, w.projects));
          const s = spec(pick);
          const result = applyFilter(index, s);
          // Areas 0, 1, 2 km²: a zone without a positive area has no density.
          const areas = bits.map((b, k) => ({ id: userZoneId(`l${k}`), areaKm2: k, bits: b }));
          const rows = compareUserZones(index, result, areas);
          const lq = countZoneIndustry(
            index,
            result,
            bits.map((b) => b.enterprises),
          );
          zones.forEach((z, k) => {
            // Inside the zone under the filter: the filter, with the zone as its only zone.
            const want = filterReference(
              w.enterprises,
              w.projects,
              w.link,
              { ...s, zones: [], userZones: [z.id] },
              zones,
            );
            const inPlanFilter = new Set(result.enterprises.indices);
            const inPlanFilterP = new Set(result.projects.indices);
            const es = want.enterprises.filter((i) => inPlanFilter.has(i));
            const ps = want.projects.filter((i) => inPlanFilterP.has(i));
            const naive = naiveGroup(
              es.map((i) => w.enterprises[i] as Enterprise),
              ps.map((i) => w.projects[i] as Project),
            );
            const row = rows[k];
            expect(row?.zone).toBe(z.id);
            expect(row?.progress).toBeNull();
            expect(row?.group).toMatchObject({ ...naive, investmentYi: row?.group.investmentYi });
            expect(row?.group.investmentYi).toBeCloseTo(naive.investmentYi, 9);
            expect(row?.enterprisesPerKm2).toBe(k > 0 ? naive.enterprises / k : null);
            const slot = ZONE_IDS.length + k;
            expect(lq.zoneTotals[slot]).toBe(naive.enterprises);
            expect(lq.counts[slot]).toEqual(INDUSTRIES.map((i) => naive.enterprisesByIndustry[i]));
          });
        },
      ),
      { numRuns: 40 },
    );
  });
});
