import fc from 'fast-check';
import Flatbush from 'flatbush';
import type { MultiPolygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { INDUSTRIES, type Industry } from '../../src/domain/entity';
import type { FilterSpec } from '../../src/domain/filter';
import { type UserZoneId, userZoneId } from '../../src/domain/user-zone';
import { ZONE_IDS } from '../../src/domain/zone';
import { buildEntityIndex } from '../../src/geo/entity-index';
import { applyFilter } from '../../src/geo/filter-engine';
import { filterReference, type ReferenceUserZone } from '../../src/geo/filter-reference';
import { linkUserZone } from '../../src/geo/user-zone-link';
import { company, spec, works, world } from './builders/filter-world';
import { at, recordPoint, rect, ring, zoneGeometry } from './builders/lattice';

/*
 * User zones (polygons imported as new zones) in the filter: the engine links records to each
 * zone once with the plan zones' prepared-zone code and ORs the membership into the zone
 * criterion; the reference tests every record against the raw polygons with turf. Records and
 * zone corners sit on a 2⁻¹⁰° lattice (exact in binary) so points on edges and vertices occur
 * and both sides agree on them exactly; other records sit off the lattice.
 */
const enterpriseRow = fc
  .record({
    at: recordPoint,
    industry: fc.constantFrom(...INDUSTRIES),
    synthetic: fc.boolean(),
    mask: fc.integer({ min: 0, max: 15 }),
  })
  .map((r) => ({
    record: company('e', r.at, { industry: r.industry, synthetic: r.synthetic }),
    mask: r.mask,
  }));

/** Projects: a point, or a lattice site rectangle (linked by positive-area overlap). */
const projectRow = fc
  .record({
    at: recordPoint,
    site: fc.option(rect, { freq: 3, nil: null }),
    mask: fc.integer({ min: 0, max: 15 }),
  })
  .map((r) => ({
    record: works('p', r.at, {
      site: r.site ? { type: 'Polygon' as const, coordinates: [ring(r.site)] } : null,
    }),
    mask: r.mask,
  }));

describe('applyFilter with user zones equals the naive reference', () => {
  it('ORs chosen user zones with chosen plan zones, and an unknown user zone matches nothing', () => {
    fc.assert(
      fc.property(
        fc.array(enterpriseRow, { maxLength: 200, size: 'max' }),
        fc.array(projectRow, { maxLength: 40, size: 'max' }),
        fc.array(zoneGeometry, { minLength: 1, maxLength: 3 }),
        fc.array(
          fc.record({
            zones: fc.subarray([...ZONE_IDS]),
            userZones: fc.subarray([0, 1, 2, 3]),
            industries: fc.oneof(
              fc.constant<Industry[]>([]),
              fc.subarray([...INDUSTRIES], { minLength: 1 }),
            ),
            includeSynthetic: fc.boolean(),
          }),
          { minLength: 1, maxLength: 3 },
        ),
        (enterprises, projects, geometries, picks) => {
          const w = world(enterprises, projects);
          const index = buildEntityIndex(w.enterprises, w.projects, w.link, Flatbush);
          const zones: ReferenceUserZone[] = geometries.map((geometry, k) => ({
            id: userZoneId(`l${k}`),
            geometry,
          }));
          const links = new Map(
            zones.map((z) => [z.id, linkUserZone(z.id, z.geometry, w.enterprises, w.projects)]),
          );
          for (const pick of picks) {
            // Slot 3 names a zone no layer holds (a link from another browser).
            const userZones: UserZoneId[] = pick.userZones.map((k) => userZoneId(`l${k}`));
            const s: FilterSpec = spec({ ...pick, userZones });
            const got = applyFilter(index, s, links);
            const want = filterReference(w.enterprises, w.projects, w.link, s, zones);
            expect(Array.from(got.enterprises.indices)).toEqual(want.enterprises);
            expect(Array.from(got.projects.indices)).toEqual(want.projects);
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('finds the records turf finds inside a zone, and none when the zone is not linked', () => {
    const geometry: MultiPolygon = { type: 'MultiPolygon', coordinates: [[ring([4, 4, 20, 12])]] };
    const rows = [
      { record: company('in', at(10, 8)) },
      { record: company('edge', at(4, 6)) },
      { record: company('out', at(30, 30)) },
    ];
    const w = world(rows);
    const index = buildEntityIndex(w.enterprises, [], w.link, Flatbush);
    const id = userZoneId('lpark');
    const links = new Map([[id, linkUserZone(id, geometry, w.enterprises, [])]]);
    const s = spec({ userZones: [id] });
    expect(Array.from(applyFilter(index, s, links).enterprises.indices)).toEqual([0, 1]);
    expect(applyFilter(index, s).enterprises.count).toBe(0);
    expect(applyFilter(index, spec(), links).enterprises.count).toBe(3);
  });
});
