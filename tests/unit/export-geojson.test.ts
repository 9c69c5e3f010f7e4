import { describe, expect, it } from 'vitest';
import { unpackEnterprises } from '../../src/data/enterprise-view';
import {
  EXPORT_GENERATOR,
  entityFeatureCollection,
  type GeoJsonExportInput,
} from '../../src/data/export/geojson-export';
import { packEnterprises } from '../../src/data/packed-enterprises';
import type { Provenance } from '../../src/domain/provenance';
import type { Lang } from '../../src/i18n/translate';
import { exportContext, JIULONG, PENINSULA, XIPENG } from './builders/export-world';
import { company, type FilterWorld, spec, works, world } from './builders/filter-world';

function sourceProvenance(): Provenance {
  return {
    source_zh: '测试',
    source_en: 'test',
    original_crs: 'WGS-84',
    crs: 'WGS-84',
    conversion: 'none',
    licence: 'CC0-1.0',
    date: '2022-02-14',
    confidence: 'low',
    schematic: false,
    synthetic: true,
    note_zh: '测试',
    note_en: 'test',
  };
}

const site = () => ({
  type: 'Polygon' as const,
  coordinates: [
    [
      [106.4, 29.4],
      [106.41, 29.4],
      [106.41, 29.41],
      [106.4, 29.4],
    ],
  ],
});

const sample = () =>
  world(
    [
      {
        record: company('e1', [106.4, 29.4], {
          declared_zone: 'xipeng-park',
          categories: ['高新技术企业'],
        }),
        mask: PENINSULA,
        link: 'outside-declared',
      },
      {
        record: company('e2', [106.5, 29.5], { synthetic: true }),
        mask: XIPENG,
        link: 'undeclared',
      },
      { record: company('e3', [106.6, 29.6]) },
    ],
    [
      { record: works('p1', [106.405, 29.405], { site: site() }), mask: XIPENG | JIULONG },
      { record: works('p2', [106.7, 29.7], { investment_yi: 3 }), mask: 0 },
    ],
  );

function input(w: FilterWorld, lang: Lang = 'zh'): GeoJsonExportInput {
  return {
    enterprises: w.enterprises,
    projects: w.projects,
    enterpriseIndices: Uint32Array.of(0, 1),
    projectIndices: Uint32Array.of(0),
    ctx: exportContext(w, lang),
    filter: spec({ industries: ['氢能源'] }),
    filterSummary: 'hydrogen',
    sources: { enterprises: sourceProvenance(), projects: null },
    exportedAt: new Date('2025-03-01T08:00:00Z'),
  };
}

describe('entityFeatureCollection', () => {
  it('holds exactly the records given, enterprises first', () => {
    const fc = entityFeatureCollection(input(sample()));
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.features.map((f) => f.id)).toEqual(['e1', 'e2', 'p1']);
  });

  it('exports records read from packed columns exactly as the plain ones', () => {
    const plain = input(sample());
    const packed = unpackEnterprises(structuredClone(packEnterprises(plain.enterprises)));
    const fromPacked = entityFeatureCollection({ ...plain, enterprises: packed });
    expect(JSON.parse(JSON.stringify(fromPacked))).toEqual(
      JSON.parse(JSON.stringify(entityFeatureCollection(plain))),
    );
  });

  it('keeps every attribute of the record', () => {
    const fc = entityFeatureCollection(input(sample()));
    expect(fc.features[0]?.properties).toMatchObject({
      kind: 'enterprise',
      id: 'e1',
      name_zh: 'e1',
      industry: '其他',
      categories: ['高新技术企业'],
      declared_zone: 'xipeng-park',
      accuracy: 'approximate',
      source: 'test',
    });
  });

  it('adds the zones, link status and synthetic flag', () => {
    const [e1, e2] = entityFeatureCollection(input(sample(), 'en')).features;
    expect(e1?.properties).toMatchObject({
      zones: ['jiulong-peninsula-belt'],
      zone_names: ['Jiulong Peninsula Belt'],
      link_status: 'outside-declared',
      link_status_label: 'Outside its registered zone',
      synthetic: false,
    });
    expect(e2?.properties).toMatchObject({ zones: ['xipeng-park'], synthetic: true });
  });

  it('writes an enterprise as its point in [lng, lat]', () => {
    const fc = entityFeatureCollection(input(sample()));
    expect(fc.features[0]?.geometry).toEqual({ type: 'Point', coordinates: [106.4, 29.4] });
  });

  it('writes a project with a site as the site and keeps its point in lng/lat', () => {
    const p1 = entityFeatureCollection(input(sample())).features[2];
    expect(p1?.geometry).toEqual(site());
    expect(p1?.properties).toMatchObject({
      lng: 106.405,
      lat: 29.405,
      zones: ['xipeng-park', 'jiulong-park'],
    });
    expect(p1?.properties).not.toHaveProperty('site');
    expect(p1?.properties).not.toHaveProperty('coordinates');
  });

  it('describes the export in a provenance member', () => {
    const { provenance } = entityFeatureCollection(input(sample()));
    expect(provenance).toMatchObject({
      generator: EXPORT_GENERATOR,
      exported_at: '2025-03-01T08:00:00.000Z',
      crs: 'WGS-84',
      filter_summary: 'hydrogen',
      counts: { enterprises: 2, projects: 1 },
      synthetic: true,
    });
    expect(provenance.filter.industries).toEqual(['氢能源']);
    expect(provenance.sources.enterprises?.licence).toBe('CC0-1.0');
    expect(provenance.note_zh).toMatch(/模拟/);
    expect(provenance.note_en).toMatch(/synthetic/);
  });

  it('says synthetic is false when no exported record is synthetic', () => {
    const w = sample();
    const fc = entityFeatureCollection({ ...input(w), enterpriseIndices: [0], projectIndices: [] });
    expect(fc.provenance.synthetic).toBe(false);
  });

  it('does not modify its input and survives JSON', () => {
    const w = sample();
    const before = structuredClone(w.projects);
    const fc = entityFeatureCollection(input(w));
    expect(w.projects).toEqual(before);
    expect(JSON.parse(JSON.stringify(fc))).toEqual(fc);
  });
});
