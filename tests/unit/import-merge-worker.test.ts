// The entities worker merges imported registers from packed rows (pack-overlay.ts) and sends
// the result back in parts (merged-stream.ts); both must give exactly what mergeImported gives
// on the page from the layers themselves. Random layers, every message structured-cloned.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Feature, Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import { mergeImported } from '../../src/data/import/merge-imported';
import { MergedReceiver, splitMerged } from '../../src/data/import/merged-stream';
import { packLayers, packRows, RowsReceiver } from '../../src/data/import/pack-overlay';
import type { FieldMapping, UserLayer } from '../../src/data/import/user-layer';
import type { LoadedEntities } from '../../src/data/load-entities';
import { parseEnterprises, parseProjects } from '../../src/data/parse-entities';
import type { ImportedProperties } from '../../src/domain/import';
import type { ZoneFeature } from '../../src/domain/zone';
import { linkDataset } from '../../src/geo/link';

const read = (f: string) =>
  JSON.parse(readFileSync(join(process.cwd(), 'data/geojson', f), 'utf8'));
const zones = (read('zones.geojson').features as ZoneFeature[]).filter(
  (f) => f.properties.role === 'zone',
);

function builtIn(): LoadedEntities {
  const e = parseEnterprises(read('enterprises.geojson'));
  const p = parseProjects(read('projects.geojson'));
  const link = linkDataset(zones, e.records, p.records);
  return {
    enterprises: e.records,
    projects: p.records,
    skipped: [...e.skipped, ...p.skipped],
    provenance: { enterprises: e.provenance, projects: p.provenance },
    failed: { enterprises: null, projects: null },
    masks: {
      enterpriseMasks: link.enterpriseMasks,
      projectMasks: link.projectMasks,
      enterpriseStatus: link.enterpriseStatus,
      projectStatus: link.projectStatus,
    },
  };
}

/** mulberry32: the same random layers on every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const VALUES: ImportedProperties[string][] = [
  null,
  '',
  '  ',
  0,
  1,
  2015,
  '2019',
  12.5,
  '3,200',
  true,
  false,
  '是',
  '否',
  'yes',
  'no',
  '西彭园区',
  '九龙科学城',
  '某园区',
  '氢能源',
  '新材料',
  '软件',
  '奶茶',
  '专精特新',
  '高新技术企业；瞪羚',
  '在建',
  '已投产',
  '规划',
  '产业项目',
  '基础设施',
  '¥5亿',
  '<b>x</b>',
  '测试企业甲',
];
const COLUMNS = [
  '名称',
  '行业',
  '类别',
  '状态',
  '年份',
  '投资额(万元)',
  '园区',
  '地址',
  '模拟',
  'constructor',
];

function geometry(rnd: () => number): Geometry | null {
  const r = rnd();
  const lng = 106.2 + rnd() * 0.4;
  const lat = 29.2 + rnd() * 0.4;
  if (r < 0.9) return { type: 'Point', coordinates: [lng, lat] };
  if (r < 0.93) return { type: 'Point', coordinates: [lng, lat, 300] };
  if (r < 0.96)
    return {
      type: 'LineString',
      coordinates: [
        [lng, lat],
        [lng + 0.01, lat],
      ],
    };
  if (r < 0.98) return null;
  return { type: 'Point', coordinates: [lng, Number.NaN] };
}

function randomLayer(rnd: () => number, id: string, use: UserLayer['use'], n: number): UserLayer {
  const features: Feature<Geometry, ImportedProperties>[] = [];
  for (let i = 0; i < n; i++) {
    const properties: ImportedProperties = {};
    // Some rows lack some columns (a short CSV row): the reader sees them as empty.
    for (const c of COLUMNS)
      if (rnd() < 0.85) properties[c] = VALUES[Math.floor(rnd() * VALUES.length)] ?? null;
    features.push({ type: 'Feature', geometry: geometry(rnd) as Geometry, properties });
  }
  return {
    id,
    name: id,
    colour: '#332288',
    visible: true,
    fileName: `${id}.csv`,
    byteSize: 1,
    importedAt: '2026-03-04T05:06:07.000Z',
    format: 'csv',
    crs: { kind: 'gcj02' },
    crsSource: 'declared',
    features,
    fields: COLUMNS,
    geometryTypes: ['Point'],
    skipped: [],
    warnings: [],
    offsetWarning: null,
    use,
  };
}

const mapping = (rnd: () => number): FieldMapping => {
  const pick = () => (rnd() < 0.8 ? (COLUMNS[Math.floor(rnd() * COLUMNS.length)] ?? null) : null);
  return {
    // Named rows, so most parse; the other fields read any column, or none.
    name: '名称',
    name_en: pick(),
    industry: pick(),
    category: pick(),
    status: pick(),
    year: pick(),
    investment: pick(),
    zone: pick(),
    address: pick(),
    synthetic: pick(),
  };
};

/** What the worker path gives: pack on the page, clone, rebuild, merge, split, clone, gather. */
function viaWorker(loaded: LoadedEntities, layers: UserLayer[]): LoadedEntities {
  const receiver = new RowsReceiver(structuredClone(packLayers(layers)));
  for (const chunk of packRows(layers)) receiver.add(structuredClone(chunk));
  expect(receiver.complete).toBe(true);
  const merged = mergeImported(structuredClone(loaded), { layers: receiver.layers() }, zones);
  const page = new MergedReceiver();
  let out: LoadedEntities | null = null;
  splitMerged(
    merged,
    (part) => page.part(structuredClone(part)),
    (end) => {
      out = page.end(structuredClone(end));
    },
  );
  if (!out) throw new Error('no merged end');
  return out;
}

describe('merging imported registers in the entities worker', () => {
  it.each([1, 2, 3])(
    'gives what mergeImported gives on the page (random layers, seed %i)',
    (seed) => {
      const rnd = random(seed);
      const mode = () => (rnd() < 0.5 ? 'add' : 'replace') as 'add' | 'replace';
      const layers = [
        randomLayer(rnd, 'la', { kind: 'enterprises', mapping: mapping(rnd), mode: mode() }, 7_500),
        randomLayer(rnd, 'lb', { kind: 'projects', mapping: mapping(rnd), mode: mode() }, 1_500),
        randomLayer(rnd, 'lc', { kind: 'zone', zoneId: 'xipeng-park' }, 5),
        randomLayer(rnd, 'ld', { kind: 'enterprises', mapping: mapping(rnd), mode: 'add' }, 777),
      ];
      const loaded = builtIn();
      const expected = mergeImported(loaded, { layers }, zones);
      const actual = viaWorker(loaded, layers);
      // Not vacuous: records came in, some were skipped, some are linked to a zone.
      expect(expected.enterprises.length).toBeGreaterThan(4_000);
      expect(expected.projects.length).toBeGreaterThan(600);
      expect(expected.skipped.length).toBeGreaterThan(100);
      expect(expected.masks.enterpriseMasks.some((m) => m !== 0)).toBe(true);
      expect(expected.enterprises.some((r) => r.synthetic)).toBe(true);
      expect(actual.enterprises).toEqual(expected.enterprises);
      expect(actual.projects).toEqual(expected.projects);
      expect(actual.skipped).toEqual(expected.skipped);
      expect(actual.provenance).toEqual(expected.provenance);
      expect(actual.failed).toEqual(expected.failed);
      expect(Array.from(actual.masks.enterpriseMasks)).toEqual(
        Array.from(expected.masks.enterpriseMasks),
      );
      expect(Array.from(actual.masks.enterpriseStatus)).toEqual(
        Array.from(expected.masks.enterpriseStatus),
      );
      expect(Array.from(actual.masks.projectMasks)).toEqual(
        Array.from(expected.masks.projectMasks),
      );
      expect(Array.from(actual.masks.projectStatus)).toEqual(
        Array.from(expected.masks.projectStatus),
      );
    },
    // Parsing ~9,000 rows twice takes seconds; far longer on a shared, loaded machine.
    120_000,
  );

  it('sends only the mapped columns and plain points as coordinates', () => {
    const m = {
      ...mapping(random(9)),
      name: '名称',
      industry: null,
      category: null,
      status: null,
      year: null,
      investment: null,
      zone: null,
      address: null,
      synthetic: null,
      name_en: null,
    };
    const layer = randomLayer(
      random(5),
      'le',
      { kind: 'enterprises', mapping: m, mode: 'add' },
      100,
    );
    const [chunk] = [...packRows([layer])];
    expect(Object.keys(chunk?.columns ?? {})).toEqual(['名称']);
    const odd = layer.features.filter((f) => {
      const c = f.geometry?.type === 'Point' ? f.geometry.coordinates : [];
      return !(c.length === 2 && c.every((x) => typeof x === 'number'));
    }).length;
    expect(odd).toBeGreaterThan(0);
    expect(chunk?.odd.length).toBe(odd);
  });
});
