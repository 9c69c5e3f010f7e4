import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { bbox, bboxPolygon, booleanPointInPolygon, featureCollection, intersect } from '@turf/turf';
import type { MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { buildContext, buildDistrict, prepareDistricts } from '../../scripts/district-data';
import {
  CONTEXT_FILE,
  DISTRICT_FILE,
  ECHARTS_CHONGQING,
  readChongqingSource,
  stringifyGeoJson,
} from '../../scripts/geojson-io';
import type { DistrictFeature, RiverFeature } from '../../src/domain/district';
import { decodeEChartsGeoJson, decodeGeometry, decodeRing } from '../../src/geo/echarts-decode';
import { countSharedVertices, distanceToEdgesKm, ringEdges } from '../../src/geo/shared-boundary';

const G = 1024;

function jiulongpo(): DistrictFeature {
  const [feature] = buildDistrict(readChongqingSource()).features;
  if (feature === undefined) throw new Error('no district feature');
  return feature;
}

describe('ECharts UTF8Encoding decoder', () => {
  it('decodes a hand-encoded ring: zig-zag deltas from the encodeOffsets pair', () => {
    // Deltas (0,0) (1,0) (0,2) (−1,−2) zig-zag to 0 0 2 0 0 4 1 3, i.e. "@@B@@DAC".
    expect(decodeRing('@@B@@DAC', [109079, 30188], G)).toEqual([
      [109079 / G, 30188 / G],
      [109080 / G, 30188 / G],
      [109080 / G, 30190 / G],
      [109079 / G, 30188 / G],
    ]);
  });

  it('takes one offset list per polygon of a MultiPolygon', () => {
    const geometry = decodeGeometry(
      {
        type: 'MultiPolygon',
        coordinates: [['@@B@'], ['@@']],
        encodeOffsets: [[[0, 0]], [[G, 2 * G]]],
      },
      G,
    );
    expect(geometry).toEqual({
      type: 'MultiPolygon',
      coordinates: [
        [
          [
            [0, 0],
            [1 / G, 0],
          ],
        ],
        [[[1, 2]]],
      ],
    });
  });

  it('agrees with ECharts’ own decoder on the whole Chongqing map', () => {
    const require = createRequire(import.meta.url);
    const parseGeoJson = require('echarts/lib/coord/geo/parseGeoJson.js') as (
      json: unknown,
    ) => unknown;
    const theirs = JSON.parse(readFileSync(ECHARTS_CHONGQING, 'utf8')) as {
      features: { geometry: { coordinates: unknown } }[];
    };
    parseGeoJson(theirs); // decodes in place
    const ours = decodeEChartsGeoJson(readChongqingSource());
    expect(ours.features.map((f) => f.geometry.coordinates)).toEqual(
      theirs.features.map((f) => f.geometry.coordinates),
    );
  });
});

describe('committed district and context files', () => {
  it('district.geojson is exactly what build-district produces', () => {
    const built = stringifyGeoJson(buildDistrict(readChongqingSource()));
    expect(JSON.parse(built)).toEqual(JSON.parse(readFileSync(DISTRICT_FILE, 'utf8')));
    expect(built).toBe(readFileSync(DISTRICT_FILE, 'utf8'));
  });

  it('context.geojson is exactly what build-district produces', () => {
    const built = stringifyGeoJson(buildContext(readChongqingSource()));
    expect(JSON.parse(built)).toEqual(JSON.parse(readFileSync(CONTEXT_FILE, 'utf8')));
    expect(built).toBe(readFileSync(CONTEXT_FILE, 'utf8'));
  });
});

describe('九龙坡区 outline (WGS-84)', () => {
  it('has an area within 1% of the official 431.86 km²', () => {
    expect(Math.abs(jiulongpo().properties.area_km2 / 431.86 - 1)).toBeLessThan(0.01);
  });

  it('has the bbox of geography.md (106.2492, 29.2577 → 106.5490, 29.5631)', () => {
    const expected = [106.2492, 29.2577, 106.549, 29.5631];
    bbox(jiulongpo().geometry).forEach((v, i) => {
      expect(v).toBeCloseTo(expected[i] ?? 0, 3);
    });
  });

  it('is a MultiPolygon of a ~430-vertex main ring and two slivers', () => {
    const g = jiulongpo().geometry as MultiPolygon;
    expect(g.coordinates.map((p) => p[0]?.length)).toEqual([430, 6, 4]);
  });

  it('holds the 九龙半岛 bulge (106.525–106.549 E, 29.476–29.505 N)', () => {
    const district = jiulongpo();
    expect(booleanPointInPolygon([106.536, 29.489], district)).toBe(true);
    expect(booleanPointInPolygon([106.5285, 29.486], district)).toBe(true);
    const box = bboxPolygon([106.52, 29.47, 106.56, 29.505]);
    const bulge = intersect(featureCollection<Polygon | MultiPolygon>([box, district]));
    const [, south, east] = bbox(bulge ?? box);
    expect(south).toBeCloseTo(29.476, 2);
    expect(east).toBeCloseTo(106.549, 2);
  });

  it('shares most vertices of its border with 大渡口区 on the 1/1024° grid', () => {
    const districts = prepareDistricts(readChongqingSource());
    const geometry = (code: string) => districts.find((d) => d.adcode === code)?.geometry;
    const [jlp, ddk] = [geometry('500107'), geometry('500104')];
    if (!jlp || !ddk) throw new Error('missing district');
    expect(countSharedVertices(jlp, ddk)).toBeGreaterThan(100);
  });
});

describe('context layer', () => {
  const context = () => buildContext(readChongqingSource());

  it('holds the districts within 2 km of 九龙坡区', () => {
    const codes = context().features.flatMap((f) =>
      'adcode' in f.properties ? [f.properties.adcode] : [],
    );
    expect(codes).toEqual([
      '500103',
      '500104',
      '500105',
      '500106',
      '500108',
      '500113',
      '500116',
      '500120',
    ]);
  });

  const river = (): RiverFeature => {
    const found = context().features.find((f): f is RiverFeature => f.properties.role === 'river');
    if (found === undefined) throw new Error('no river');
    return found;
  };

  it('draws the Yangtze as one line from 西彭 to 朝天门, along the far-bank outlines', () => {
    const { geometry } = river();
    if (geometry.type !== 'LineString') throw new Error(`river is a ${geometry.type}`);
    expect(geometry.coordinates[0]?.[1]).toBeLessThan(29.29); // 西彭's south-western bend
    expect(geometry.coordinates.at(-1)?.[0]).toBeGreaterThan(106.58); // 渝中's tip
    const far = prepareDistricts(readChongqingSource())
      .filter((d) => ['500116', '500113', '500108'].includes(d.adcode))
      .map((d) => d.geometry);
    const edges = ringEdges(far);
    for (const p of geometry.coordinates) {
      expect(distanceToEdgesKm(p, edges)).toBeLessThanOrEqual(0.15);
    }
  });

  it('marks the river schematic and gives its length (km)', () => {
    const { properties } = river();
    expect(properties.schematic).toBe(true);
    expect(properties.length_km).toBeGreaterThan(60);
    expect(properties.length_km).toBeLessThan(75);
  });
});
