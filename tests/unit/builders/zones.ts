import type { MultiPolygon, Polygon, Position } from 'geojson';
import type { Enterprise, Project } from '../../../src/domain/entity';
import type { ZoneFeature, ZoneId } from '../../../src/domain/zone';

/** A fresh zone feature with placeholder properties. */
export function zoneFeature(zone_id: ZoneId, geometry: Polygon | MultiPolygon): ZoneFeature {
  return {
    type: 'Feature',
    geometry,
    properties: {
      zone_id,
      role: 'zone',
      name_zh: zone_id,
      name_en: zone_id,
      kind: zone_id.endsWith('park') ? 'park' : 'belt',
      theme_zh: '',
      theme_en: '',
      industries_zh: [],
      industries_en: [],
      platforms_zh: [],
      platforms_en: [],
      description_zh: '',
      description_en: '',
      area_km2: 1,
      schematic: true,
      confidence: 'low',
      basis_zh: '',
      basis_en: '',
    },
  };
}

/** A closed axis-aligned rectangle ring, counter-clockwise. */
export function rectRing(w: number, s: number, e: number, n: number): Position[] {
  return [
    [w, s],
    [e, s],
    [e, n],
    [w, n],
    [w, s],
  ];
}

export function rect(w: number, s: number, e: number, n: number): Polygon {
  return { type: 'Polygon', coordinates: [rectRing(w, s, e, n)] };
}

/**
 * Four fixture zones on a small grid (degrees, near 0 so the numbers read easily):
 * - xipeng-park: square 0..10 with a hole 4..6, as a Polygon;
 * - jiulong-park: MultiPolygon of two squares, 20..24 and 30..34 (x), 0..4 (y);
 * - yangjiaping-belt: a diagonal strip (non-axis-aligned edges) overlapping jiulong's first square;
 * - jiulong-peninsula-belt: square 10..14 × 0..4, sharing the edge x = 10 with xipeng-park.
 */
export function fixtureZones(): ZoneFeature[] {
  return [
    zoneFeature('xipeng-park', {
      type: 'Polygon',
      coordinates: [rectRing(0, 0, 10, 10), rectRing(4, 4, 6, 6).reverse()],
    }),
    zoneFeature('jiulong-park', {
      type: 'MultiPolygon',
      coordinates: [[rectRing(20, 0, 24, 4)], [rectRing(30, 0, 34, 4)]],
    }),
    zoneFeature('yangjiaping-belt', {
      type: 'Polygon',
      coordinates: [
        [
          [18, 0],
          [20, 0],
          [26, 6],
          [24, 6],
          [18, 0],
        ],
      ],
    }),
    zoneFeature('jiulong-peninsula-belt', rect(10, 0, 14, 4)),
  ];
}

export function enterprise(
  id: string,
  coordinates: [number, number],
  over: Partial<Enterprise> = {},
): Enterprise {
  return {
    kind: 'enterprise',
    org_kind: 'enterprise',
    id,
    name_zh: id,
    name_en: null,
    industry: '其他',
    categories: [],
    founded: null,
    employees: null,
    address: null,
    town_code: null,
    declared_zone: null,
    accuracy: 'approximate',
    synthetic: true,
    source: 'test',
    coordinates,
    ...over,
  };
}

export function project(
  id: string,
  coordinates: [number, number],
  over: Partial<Project> = {},
): Project {
  return {
    kind: 'project',
    id,
    name_zh: id,
    name_en: null,
    type: '产业项目',
    status: '规划',
    investment_yi: null,
    start_year: null,
    end_year: null,
    lead_enterprise: null,
    participants: [],
    declared_zone: null,
    accuracy: 'approximate',
    synthetic: true,
    source: 'test',
    coordinates,
    site: null,
    ...over,
  };
}
