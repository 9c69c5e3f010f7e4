import { readFileSync } from 'node:fs';
import {
  bboxPolygon,
  booleanPointInPolygon,
  difference,
  featureCollection,
  intersect,
} from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import {
  DISTRICT_FILE,
  readJsonFile,
  stringifyGeoJson,
  ZONES_FILE,
} from '../../scripts/geojson-io';
import { ANCHORS } from '../../scripts/zone-definitions';
import { buildZones } from '../../scripts/zones-data';
import { districtOutline } from '../../scripts/zones-input';
import { ZONE_IDS, type ZoneAxisFeature, type ZoneFeature } from '../../src/domain/zone';
import { areaKm2, roundTo } from '../../src/geo/area';
import { lengthKm } from '../../src/geo/length';

const district = (): Feature<Polygon | MultiPolygon> => ({
  type: 'Feature',
  properties: {},
  geometry: districtOutline(readJsonFile(DISTRICT_FILE)),
});
const zones = () => buildZones(district().geometry).features;
const areas = () => zones().filter((f): f is ZoneFeature => f.properties.role === 'zone');
const axes = () => zones().filter((f): f is ZoneAxisFeature => f.properties.role === 'axis');

function zone(id: string): ZoneFeature {
  const found = areas().find((f) => f.properties.zone_id === id);
  if (found === undefined) throw new Error(`no zone ${id}`);
  return found;
}

describe('committed zones file', () => {
  it('zones.geojson is exactly what build-zones produces from district.geojson', () => {
    const built = stringifyGeoJson(buildZones(district().geometry));
    expect(JSON.parse(built)).toEqual(JSON.parse(readFileSync(ZONES_FILE, 'utf8')));
    expect(built).toBe(readFileSync(ZONES_FILE, 'utf8'));
  });
});

describe('the four zones', () => {
  it('has one area per zone id, in ZONE_IDS order', () => {
    expect(areas().map((f) => f.properties.zone_id)).toEqual([...ZONE_IDS]);
  });

  it('lies within the district (less than 0.001 km² outside, from rounding)', () => {
    for (const f of areas()) {
      const outside = difference(featureCollection<Polygon | MultiPolygon>([f, district()]));
      expect(outside === null ? 0 : areaKm2(outside)).toBeLessThan(0.001);
    }
  });

  it('states an area > 0 equal to the turf area of its geometry (2 decimals)', () => {
    for (const f of areas()) {
      expect(f.properties.area_km2).toBeGreaterThan(0);
      expect(f.properties.area_km2).toBe(roundTo(areaKm2(f.geometry), 2));
    }
  });

  it('contains each of its anchor points', () => {
    for (const a of ANCHORS) {
      expect(booleanPointInPolygon(a.at, zone(a.zone)), `${a.name_zh} in ${a.zone}`).toBe(true);
    }
  });

  it('keeps other zones’ anchors out of the parks', () => {
    for (const park of ['xipeng-park', 'jiulong-park']) {
      for (const a of ANCHORS.filter((x) => x.zone !== park)) {
        expect(booleanPointInPolygon(a.at, zone(park)), `${a.name_zh} in ${park}`).toBe(false);
      }
    }
  });

  it('is schematic everywhere, with confidence high for 西彭 and medium for the others', () => {
    const confidence = areas().map((f) => [f.properties.zone_id, f.properties.confidence]);
    expect(confidence).toEqual([
      ['xipeng-park', 'high'],
      ['jiulong-park', 'medium'],
      ['yangjiaping-belt', 'medium'],
      ['jiulong-peninsula-belt', 'medium'],
    ]);
    expect(areas().every((f) => f.properties.schematic)).toBe(true);
  });

  it('pairs every Chinese list with an English list of the same length', () => {
    for (const { properties: p } of areas()) {
      expect(p.industries_en).toHaveLength(p.industries_zh.length);
      expect(p.platforms_en).toHaveLength(p.platforms_zh.length);
    }
  });

  it('makes the peninsula belt cover the whole 九龙半岛', () => {
    const box = bboxPolygon([106.525, 29.476, 106.549, 29.505]);
    const peninsula = intersect(featureCollection<Polygon | MultiPolygon>([box, district()]));
    if (peninsula === null) throw new Error('no peninsula');
    const belt = zone('jiulong-peninsula-belt');
    const covered = intersect(featureCollection<Polygon | MultiPolygon>([peninsula, belt]));
    expect(covered === null ? 0 : areaKm2(covered) / areaKm2(peninsula)).toBeGreaterThan(0.999);
  });
});

describe('belt axes', () => {
  it('gives each belt, and only the belts, one axis', () => {
    const belts = areas().filter((f) => f.properties.kind === 'belt');
    expect(axes().map((f) => f.properties.zone_id)).toEqual(belts.map((f) => f.properties.zone_id));
  });

  it('states the geodesic length of each axis and keeps it inside its belt', () => {
    for (const axis of axes()) {
      expect(axis.properties.length_km).toBe(roundTo(lengthKm(axis.geometry), 2));
      const belt = zone(axis.properties.zone_id);
      for (const p of axis.geometry.coordinates) expect(booleanPointInPolygon(p, belt)).toBe(true);
    }
  });
});
