import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { booleanPointInPolygon } from '@turf/turf';
import type { Feature, Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import { TEMPLATE_EXAMPLE, TEMPLATE_HEADER, templateCsv } from '../../src/data/import/csv-template';
import { guessMapping } from '../../src/data/import/guess-mapping';
import { matchAmount, matchYear, matchZone } from '../../src/data/import/match-values';
import { mergeImported } from '../../src/data/import/merge-imported';
import { layerToEnterprises, layerToProjects } from '../../src/data/import/to-entities';
import type { FieldMapping, UserLayer } from '../../src/data/import/user-layer';
import { applyZoneOverrides } from '../../src/data/import/zone-overrides';
import type { LoadedEntities } from '../../src/data/load-entities';
import type { ImportedProperties } from '../../src/domain/import';
import type { ZoneFeature } from '../../src/domain/zone';

const zonesJson = JSON.parse(
  readFileSync(join(process.cwd(), 'data/geojson/zones.geojson'), 'utf8'),
);
const zoneList = zonesJson.features.filter(
  (f: { properties: { role: string } }) => f.properties.role === 'zone',
) as ZoneFeature[];

function layer(
  features: Feature<Geometry, ImportedProperties>[],
  use: UserLayer['use'],
  fields: string[] = [],
): UserLayer {
  return {
    id: 'ltest',
    name: 'test',
    colour: '#000000',
    visible: true,
    fileName: 'register.csv',
    byteSize: 100,
    importedAt: '2026-01-02T03:04:05.000Z',
    format: 'csv',
    crs: { kind: 'wgs84' },
    crsSource: 'default',
    features,
    fields,
    geometryTypes: ['Point'],
    skipped: [],
    warnings: [],
    offsetWarning: null,
    use,
  };
}

const point = (
  lng: number,
  lat: number,
  p: ImportedProperties,
): Feature<Geometry, ImportedProperties> => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [lng, lat] },
  properties: p,
});

describe('guessMapping', () => {
  it('maps common Chinese register headers', () => {
    const m = guessMapping([
      '企业名称',
      '所属行业',
      '企业类别',
      '成立年份',
      '投资额(亿元)',
      '所属园区',
      '经度',
      '纬度',
    ]);
    expect(m).toMatchObject({
      name: '企业名称',
      industry: '所属行业',
      category: '企业类别',
      year: '成立年份',
      investment: '投资额(亿元)',
      zone: '所属园区',
      status: null,
    });
  });

  it('maps English headers and keeps each column for one field', () => {
    const m = guessMapping(['Name', 'name_en', 'Industry', 'Status', 'Year', 'lng', 'lat']);
    expect(m).toMatchObject({
      name: 'Name',
      name_en: 'name_en',
      industry: 'Industry',
      status: 'Status',
      year: 'Year',
    });
  });

  it('recognises every header of the CSV template', () => {
    const m = guessMapping([...TEMPLATE_HEADER]);
    for (const field of [
      'name',
      'name_en',
      'industry',
      'category',
      'status',
      'year',
      'investment',
      'zone',
      'address',
    ] as const) {
      expect(m[field], field).not.toBeNull();
    }
  });
});

describe('value matching', () => {
  it('reads years and amounts from text', () => {
    expect(matchYear('2019年5月')).toBe(2019);
    expect(matchYear(2020)).toBe(2020);
    expect(matchYear('不详')).toBeNull();
    expect(matchAmount('1,200.5', 1)).toBe(1200.5);
    expect(matchAmount(500, 1e-4)).toBeCloseTo(0.05);
  });
  it('reads declared zones from names and ids', () => {
    expect(matchZone('西彭科技创新园')).toBe('xipeng-park');
    expect(matchZone('九龙半岛及湾区“科艺”融合发展带')).toBe('jiulong-peninsula-belt');
    expect(matchZone('yangjiaping-belt')).toBe('yangjiaping-belt');
    expect(matchZone('别处')).toBeNull();
  });
});

const MAPPING: FieldMapping = {
  name: '名称',
  name_en: null,
  industry: '行业',
  category: '类别',
  status: '状态',
  year: '年份',
  investment: '投资额(万元)',
  zone: '园区',
  address: null,
  synthetic: null,
};

describe('layerToEnterprises / layerToProjects', () => {
  it('converts mapped rows to real enterprises, with notes where values were not recognised', () => {
    const l = layer(
      [
        point(106.32, 29.35, {
          名称: '甲公司',
          行业: '新材料',
          类别: '高新技术企业、瞪羚企业',
          年份: '2018年',
          园区: '西彭园区',
        }),
        point(106.5, 29.5, { 名称: '乙公司', 行业: '农业', 类别: null, 年份: null, 园区: null }),
        point(106.5, 29.5, { 名称: '', 行业: '新材料' }),
        point(120, 30, { 名称: '丙公司' }),
      ],
      { kind: 'enterprises', mapping: MAPPING, mode: 'add' },
    );
    const parsed = layerToEnterprises(l);
    expect(parsed.records).toHaveLength(2);
    const [a, b] = parsed.records;
    expect(a).toMatchObject({
      id: 'ltest-0',
      name_zh: '甲公司',
      industry: '新材料',
      categories: ['高新技术企业'],
      founded: 2018,
      declared_zone: 'xipeng-park',
      synthetic: false,
    });
    expect(a?.source).toContain('register.csv');
    expect(a?.note_zh).toContain('瞪羚企业');
    expect(b?.industry).toBe('其他');
    expect(b?.note_zh).toContain('农业');
    expect(parsed.skipped.map((s) => [s.index, s.reason])).toEqual([
      [2, 'bad-property'],
      [3, 'out-of-area'],
    ]);
  });

  it('converts projects, reading 万元 amounts as 亿元', () => {
    const l = layer(
      [
        point(106.32, 29.35, {
          名称: '某项目',
          状态: '在建',
          类别: '创新平台',
          投资额: null,
          '投资额(万元)': 25000,
          年份: 2021,
        }),
      ],
      { kind: 'projects', mapping: MAPPING, mode: 'add' },
    );
    const [p] = layerToProjects(l).records;
    expect(p).toMatchObject({
      status: '在建',
      type: '创新平台',
      investment_yi: 2.5,
      start_year: 2021,
    });
  });
});

const EMPTY_LOADED = (): LoadedEntities => ({
  enterprises: [],
  projects: [],
  skipped: [],
  provenance: { enterprises: null, projects: null },
  failed: { enterprises: null, projects: null },
  masks: {
    enterpriseMasks: new Uint32Array(),
    projectMasks: new Uint32Array(),
    enterpriseStatus: new Uint8Array(),
    projectStatus: new Uint8Array(),
  },
});

describe('mergeImported', () => {
  it('links imported records to the zones like built-in ones, and names the file as source', () => {
    const xipeng = zoneList.find((z) => z.properties.zone_id === 'xipeng-park');
    const [lng, lat] = TEMPLATE_EXAMPLE.slice(-2) as unknown as [number, number];
    expect(xipeng && booleanPointInPolygon([lng, lat], xipeng)).toBe(true);
    const l = layer([point(lng, lat, { 名称: '甲' }), point(106.3, 29.55, { 名称: '乙' })], {
      kind: 'enterprises',
      mapping: MAPPING,
      mode: 'replace',
    });
    const merged = mergeImported(EMPTY_LOADED(), { layers: [l] }, zoneList);
    expect(merged.enterprises).toHaveLength(2);
    expect(Array.from(merged.masks.enterpriseMasks)).toEqual([1, 0]);
    expect(merged.provenance.enterprises?.source_zh).toContain('register.csv');
  });
});

describe('applyZoneOverrides', () => {
  it('replaces one zone with the file polygons: not schematic, area recomputed, file as basis', () => {
    const square = {
      type: 'Polygon' as const,
      coordinates: [
        [
          [106.3, 29.3],
          [106.35, 29.3],
          [106.35, 29.35],
          [106.3, 29.35],
          [106.3, 29.3],
        ],
      ],
    };
    const l: UserLayer = {
      ...layer([{ type: 'Feature', geometry: square, properties: {} }], {
        kind: 'zone',
        zoneId: 'xipeng-park',
      }),
      fileName: 'official.kml',
      geometryTypes: ['Polygon'],
    };
    const out = applyZoneOverrides(
      { collection: zonesJson, provenance: zonesJson.provenance, bbox: null },
      [l],
    );
    const zones = out.collection.features.filter((f) => f.properties.role === 'zone');
    const xp = zones.find((f) => f.properties.zone_id === 'xipeng-park');
    expect(xp?.properties.schematic).toBe(false);
    expect(xp?.properties.basis_zh).toContain('official.kml');
    expect(xp?.properties.area_km2).toBeGreaterThan(20);
    expect(xp?.properties.area_km2).toBeLessThan(30);
    expect(zones.filter((f) => f.properties.schematic)).toHaveLength(3);
  });
});

describe('templateCsv', () => {
  it('starts with a BOM, has Chinese headers and one example row', () => {
    const text = templateCsv();
    expect(text.startsWith('\uFEFF名称,')).toBe(true);
    expect(text.trim().split('\r\n')).toHaveLength(2);
    expect(text).toContain('经度,纬度');
  });
});
