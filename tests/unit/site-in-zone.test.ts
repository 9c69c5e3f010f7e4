// The site test decides most sites without clipping (their boundary never meets the zone's);
// whatever path it takes, its mask must equal clipping every site against every zone (the
// rule's plain statement, kept here as the oracle). Sites are random stars anywhere around the
// real zones, triangles on a zone edge (touching from outside, overlapping from inside), and
// rectangles round the fixture zones' holes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { area, bbox, feature, featureCollection, intersect } from '@turf/turf';
import fc from 'fast-check';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { ZoneFeature } from '../../src/domain/zone';
import { type PreparedZones, prepareZones } from '../../src/geo/prepared-zones';
import { MIN_OVERLAP_M2, zoneMaskOfGeometry } from '../../src/geo/site-in-zone';
import { fixtureZones } from './builders/zones';

const zones = (
  JSON.parse(readFileSync(join(process.cwd(), 'data/geojson/zones.geojson'), 'utf8'))
    .features as ZoneFeature[]
).filter((f) => f.properties.role === 'zone');
const prepared = prepareZones(zones);

/** Clip the site against every zone: the rule as written, with no shortcut. */
function clipMask(p: PreparedZones, geom: Polygon | MultiPolygon): number {
  let mask = 0;
  for (const z of p.zones) {
    const overlap = intersect(featureCollection([feature(geom), feature(z.geometry)]));
    if (overlap && area(overlap) >= MIN_OVERLAP_M2) mask |= z.bit;
  }
  return mask;
}

const [W, S, E, N] = bbox(featureCollection(zones));

/** A star-shaped (so simple) polygon round a centre: radii in degrees, one per vertex. */
function star(cx: number, cy: number, radii: number[]): Polygon {
  const ring: Position[] = radii.map((r, i) => {
    const a = (2 * Math.PI * i) / radii.length;
    return [cx + r * Math.cos(a), cy + r * Math.sin(a)];
  });
  ring.push(ring[0] as Position);
  return { type: 'Polygon', coordinates: [ring] };
}

const starSite = fc
  .record({
    x: fc.double({ min: W - 0.01, max: E + 0.01, noNaN: true }),
    y: fc.double({ min: S - 0.01, max: N + 0.01, noNaN: true }),
    radii: fc.array(fc.double({ min: 0.0002, max: 0.03, noNaN: true }), {
      minLength: 3,
      maxLength: 12,
    }),
  })
  .map(({ x, y, radii }) => star(x, y, radii));

/** Every edge of every real zone ring, to build sites on. */
const zoneEdges: [Position, Position][] = zones.flatMap((z) => {
  const rings =
    z.geometry.type === 'Polygon' ? z.geometry.coordinates : z.geometry.coordinates.flat();
  return rings.flatMap((r) =>
    r.slice(1).map((p, i) => [r[i] as Position, p] as [Position, Position]),
  );
});

/** A triangle on a zone edge, its apex off to one side or the other (touching or inside). */
const edgeSite = fc
  .record({
    edge: fc.integer({ min: 0, max: zoneEdges.length - 1 }),
    side: fc.constantFrom(-1, 1),
    height: fc.double({ min: 0.00005, max: 0.01, noNaN: true }),
  })
  .map(({ edge, side, height }): Polygon => {
    const [a, b] = zoneEdges[edge] as [Position, Position];
    const [ax, ay, bx, by] = [a[0], a[1], b[0], b[1]] as [number, number, number, number];
    const len = Math.hypot(bx - ax, by - ay) || 1;
    const apex = [
      (ax + bx) / 2 - (side * height * (by - ay)) / len,
      (ay + by) / 2 + (side * height * (bx - ax)) / len,
    ];
    return { type: 'Polygon', coordinates: [[a, b, apex, a]] };
  });

describe('zoneMaskOfGeometry against clipping every site', () => {
  it('agrees for random sites round the real zones', () => {
    fc.assert(
      fc.property(starSite, (site) => {
        expect(zoneMaskOfGeometry(prepared, site)).toBe(clipMask(prepared, site));
      }),
      { numRuns: 300 },
    );
  });

  it('agrees for sites drawn on a zone edge, touching it from either side', () => {
    fc.assert(
      fc.property(edgeSite, (site) => {
        expect(zoneMaskOfGeometry(prepared, site)).toBe(clipMask(prepared, site));
      }),
      { numRuns: 300 },
    );
  });

  it('agrees for sites with holes and for zones with holes', () => {
    const fixture = prepareZones(fixtureZones());
    const rect = (w: number, s: number, e: number, n: number): Position[] => [
      [w, s],
      [e, s],
      [e, n],
      [w, n],
      [w, s],
    ];
    const sites: Polygon[] = [
      { type: 'Polygon', coordinates: [rect(4.5, 4.5, 5.5, 5.5)] },
      { type: 'Polygon', coordinates: [rect(3, 3, 7, 7)] },
      { type: 'Polygon', coordinates: [rect(0.5, 0.5, 9.5, 9.5), rect(1, 1, 8, 8)] },
      { type: 'Polygon', coordinates: [rect(2, 2, 8, 8), rect(4.2, 4.2, 5.8, 5.8)] },
      { type: 'Polygon', coordinates: [rect(1, 1, 2, 2)] },
    ];
    for (const site of sites)
      expect(zoneMaskOfGeometry(fixture, site)).toBe(clipMask(fixture, site));
  });
});
