import { existsSync, readFileSync } from 'node:fs';
import { booleanPointInPolygon } from '@turf/turf';
import fc from 'fast-check';
import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { ZONE_IDS, type ZoneFeature } from '../../src/domain/zone';
import { zoneMaskOfPoint } from '../../src/geo/point-in-zone';
import { prepareZones } from '../../src/geo/prepared-zones';
import { fixtureZones } from './builders/zones';

const ZONES_FILE = new URL('../../data/geojson/zones.geojson', import.meta.url);

/** The reference: turf's booleanPointInPolygon (boundary counts) on every zone. */
function turfMask(zones: readonly ZoneFeature[], lng: number, lat: number): number {
  let mask = 0;
  for (const z of zones) {
    if (z.properties.role !== 'zone') continue;
    if (booleanPointInPolygon([lng, lat], z)) mask |= 1 << ZONE_IDS.indexOf(z.properties.zone_id);
  }
  return mask;
}

/** Fixture zones moved to Chongqing-like coordinates, so vertices are not round numbers. */
function chongqingFixtures(): ZoneFeature[] {
  const move = (p: Position): Position => [
    106.3 + (p[0] ?? 0) * 0.0137,
    29.3 + (p[1] ?? 0) * 0.0091,
  ];
  return fixtureZones().map((f) => {
    const g = f.geometry;
    const geometry =
      g.type === 'Polygon'
        ? { ...g, coordinates: g.coordinates.map((r) => r.map(move)) }
        : { ...g, coordinates: g.coordinates.map((p) => p.map((r) => r.map(move))) };
    return { ...f, geometry };
  });
}

function vertices(zones: readonly ZoneFeature[]): Position[] {
  return zones.flatMap((z) =>
    z.geometry.type === 'Polygon' ? z.geometry.coordinates.flat() : z.geometry.coordinates.flat(2),
  );
}

function checkAgreement(zones: ZoneFeature[], runs: number): void {
  const prepared = prepareZones(zones);
  const pts = vertices(zones);
  const [w, s, e, n] = [106.2, 29.2, 106.8, 29.6];
  const anywhere = fc.tuple(
    fc.double({ min: w, max: e, noNaN: true }),
    fc.double({ min: s, max: n, noNaN: true }),
  );
  // Points interpolated along an edge sit within a rounding error of it: the hardest case.
  const onEdge = fc
    .tuple(fc.nat(pts.length - 2), fc.double({ min: 0, max: 1, noNaN: true }))
    .map(([i, t]): [number, number] => {
      const a = pts[i] ?? [0, 0];
      const b = pts[i + 1] ?? a;
      const ax = a[0] ?? 0;
      const ay = a[1] ?? 0;
      return [ax + ((b[0] ?? 0) - ax) * t, ay + ((b[1] ?? 0) - ay) * t];
    });
  // Just off an edge, from 1e-13° to 1e-6°: around the grid's padding and rounding scales.
  const nearEdge = fc
    .tuple(onEdge, fc.integer({ min: -13, max: -6 }), fc.boolean(), fc.boolean())
    .map(([[x, y], exp, east, north]): [number, number] => [
      x + (east ? 1 : -1) * 10 ** exp,
      y + (north ? 1 : -1) * 10 ** exp,
    ]);
  const vertex = fc.nat(pts.length - 1).map((i): [number, number] => {
    const p = pts[i] ?? [0, 0];
    return [p[0] ?? 0, p[1] ?? 0];
  });
  fc.assert(
    fc.property(fc.oneof(anywhere, onEdge, nearEdge, vertex), ([lng, lat]) => {
      expect(zoneMaskOfPoint(prepared, lng, lat)).toBe(turfMask(zones, lng, lat));
    }),
    { numRuns: runs, seed: 20220214 },
  );
}

describe('zoneMaskOfPoint agrees with turf booleanPointInPolygon', () => {
  it('on fixture zones, including points on and next to edges and vertices', () => {
    checkAgreement(chongqingFixtures(), 30000);
  });

  it.skipIf(!existsSync(ZONES_FILE))('on the real zones.geojson', () => {
    const fc0 = JSON.parse(readFileSync(ZONES_FILE, 'utf8')) as { features: ZoneFeature[] };
    const zones = fc0.features.filter((f) => f.properties.role === 'zone');
    checkAgreement(zones, 30000);
  });
});
