import type { MultiPolygon, Polygon } from 'geojson';
import { ZONE_IDS, type ZoneFeature, type ZoneId } from '../../src/domain/zone';
import { pointInParts } from '../../src/geo/point-in-part';
import { zoneMaskOfPoint } from '../../src/geo/point-in-zone';
import { type Box, prepareGeometry } from '../../src/geo/prepared-part';
import { type PreparedZones, prepareZones } from '../../src/geo/prepared-zones';
import { type LngLat, offsetKm } from './places';
import type { Rng } from './prng';

const MAX_TRIES = 500;

/** Where synthetic points may go: the district outline and the zones, prepared once. */
export interface Space {
  zones: PreparedZones;
  inDistrict: (lng: number, lat: number) => boolean;
  maskAt: (lng: number, lat: number) => number;
  districtBox: Box;
}

export function makeSpace(zones: readonly ZoneFeature[], district: Polygon | MultiPolygon): Space {
  const prepared = prepareZones(zones);
  const parts = prepareGeometry(district);
  const districtBox = {
    minX: Math.min(...parts.map((p) => p.minX)),
    minY: Math.min(...parts.map((p) => p.minY)),
    maxX: Math.max(...parts.map((p) => p.maxX)),
    maxY: Math.max(...parts.map((p) => p.maxY)),
  };
  return {
    zones: prepared,
    inDistrict: (lng, lat) => pointInParts(parts, lng, lat),
    maskAt: (lng, lat) => zoneMaskOfPoint(prepared, lng, lat),
    districtBox,
  };
}

export const bitOf = (zone: ZoneId): number => 1 << ZONE_IDS.indexOf(zone);

// Points are rounded to 1e-6° (~0.1 m) before they are tested, so the written file keeps
// exactly the zone membership that was designed.
const round6 = (v: number): number => Math.round(v * 1e6) / 1e6;
const rounded = ([lng, lat]: LngLat): LngLat => [round6(lng), round6(lat)];

function uniformIn(rng: Rng, box: Box): LngLat {
  return rounded([rng.uniform(box.minX, box.maxX), rng.uniform(box.minY, box.maxY)]);
}

function gaussianAround(rng: Rng, at: LngLat, sigmaKm: number): LngLat {
  return rounded(offsetKm(at, rng.normal() * sigmaKm, rng.normal() * sigmaKm));
}

/**
 * A point in the zone and the district: Gaussian around `centre` (sigma in km) when given,
 * else uniform over the zone; falls back to uniform when the cluster keeps missing the zone.
 */
export function sampleInZone(
  rng: Rng,
  space: Space,
  zone: ZoneId,
  centre: LngLat | null,
  sigmaKm: number,
): LngLat {
  const z = space.zones.zones.find((p) => p.id === zone);
  if (!z) throw new Error(`zone ${zone} is missing from zones.geojson`);
  const ok = ([lng, lat]: LngLat) =>
    (space.maskAt(lng, lat) & z.bit) !== 0 && space.inDistrict(lng, lat);
  for (let i = 0; centre && i < MAX_TRIES; i++) {
    const p = gaussianAround(rng, centre, sigmaKm);
    if (ok(p)) return p;
  }
  for (let i = 0; i < MAX_TRIES * 20; i++) {
    const p = uniformIn(rng, z);
    if (ok(p)) return p;
  }
  throw new Error(`could not place a point in zone ${zone} inside the district`);
}

/** A point inside the district and outside every zone, uniform over that area. */
export function sampleOutside(rng: Rng, space: Space): LngLat {
  for (let i = 0; i < MAX_TRIES * 20; i++) {
    const p = uniformIn(rng, space.districtBox);
    if (space.inDistrict(p[0], p[1]) && space.maskAt(p[0], p[1]) === 0) return p;
  }
  throw new Error('could not place a point in the district outside the zones');
}

/** A point near `at` (Gaussian, sigma km) that stays inside the district; `at` itself if not. */
export function jitterInDistrict(rng: Rng, space: Space, at: LngLat, sigmaKm: number): LngLat {
  for (let i = 0; i < 50; i++) {
    const p = gaussianAround(rng, at, sigmaKm);
    if (space.inDistrict(p[0], p[1])) return p;
  }
  return at;
}
