import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EntityDatasetError } from '../../src/data/entity-dataset-error';
import { parseEnterprises, parseProjects } from '../../src/data/parse-entities';

/** A fresh copy of a fixture for every test. */
function fixture(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8'));
}

function reasons(skipped: { index: number; reason: string }[]): Record<number, string> {
  return Object.fromEntries(skipped.map((s) => [s.index, s.reason]));
}

describe('parseEnterprises', () => {
  it('loads the good records, in order', () => {
    const ids = parseEnterprises(fixture('enterprises-mixed.geojson')).records.map((r) => r.id);
    expect(ids).toEqual(['e-good-1', 'e-good-minimal', 'e-fixed']);
  });

  it('skips each bad record with its reason', () => {
    expect(reasons(parseEnterprises(fixture('enterprises-mixed.geojson')).skipped)).toEqual({
      2: 'missing-id',
      3: 'duplicate-id',
      4: 'bad-geometry',
      5: 'bad-geometry',
      6: 'bad-geometry',
      7: 'out-of-area',
      8: 'out-of-area',
      9: 'unknown-industry',
      10: 'unknown-category',
      11: 'unknown-zone',
      12: 'bad-property',
      13: 'bad-property',
      14: 'bad-property',
      15: 'bad-property',
      16: 'bad-geometry',
      17: 'unknown-industry',
      19: 'bad-property',
      20: 'bad-property',
    });
  });

  it('names the record and explains the skip', () => {
    const s = parseEnterprises(fixture('enterprises-mixed.geojson')).skipped.find(
      (r) => r.index === 9,
    );
    expect(s).toMatchObject({ dataset: 'enterprises', id: 'e-industry' });
    expect(s?.detail).toContain('钢铁');
  });

  it('reads every field of a full record', () => {
    const [e] = parseEnterprises(fixture('enterprises-mixed.geojson')).records;
    expect(e).toEqual({
      kind: 'enterprise',
      id: 'e-good-1',
      org_kind: 'enterprise',
      name_zh: '重庆测试科技有限公司',
      name_en: 'Chongqing Test Technology',
      industry: '新材料',
      categories: ['科技型企业', '高新技术企业'],
      founded: 2005,
      employees: 120,
      address: null,
      town_code: '500107110',
      declared_zone: 'xipeng-park',
      accuracy: 'street',
      synthetic: true,
      source: 'test fixture',
      coordinates: [106.3, 29.34],
      note_zh: '说明',
      note_en: 'a note',
    });
  });

  it('fills the defaults of a minimal record', () => {
    const e = parseEnterprises(fixture('enterprises-mixed.geojson')).records[1];
    expect(e).toMatchObject({
      name_en: null,
      categories: [],
      founded: null,
      accuracy: 'approximate',
      org_kind: 'enterprise',
    });
    expect(e && 'note_zh' in e).toBe(false);
  });

  it('reads the kind of organisation, and skips a record whose kind is unknown', () => {
    const feature = (id: string, kind: unknown) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [106.3, 29.34] },
      properties: { id, kind, name_zh: '某单位', industry: '其他', synthetic: false, source: 's' },
    });
    const parsed = parseEnterprises({
      type: 'FeatureCollection',
      features: [feature('u', 'university'), feature('x', 'factory')],
    });
    expect(parsed.records.map((r) => [r.id, r.org_kind])).toEqual([['u', 'university']]);
    expect(parsed.skipped[0]?.reason).toBe('bad-property');
  });

  it('marks 四川美术学院 in the committed file as a university', () => {
    const file = JSON.parse(
      readFileSync(join(process.cwd(), 'data', 'geojson', 'enterprises.geojson'), 'utf8'),
    );
    const scfai = parseEnterprises(file).records.find((r) => r.name_zh === '四川美术学院');
    expect(scfai?.org_kind).toBe('university');
  });

  it('returns the provenance', () => {
    expect(parseEnterprises(fixture('enterprises-mixed.geojson')).provenance?.synthetic).toBe(true);
  });
});

describe('parseProjects', () => {
  it('loads the good records: a point and two sites', () => {
    const ids = parseProjects(fixture('projects-mixed.geojson')).records.map((r) => r.id);
    expect(ids).toEqual(['p-point', 'p-site-anchor', 'p-site-no-anchor']);
  });

  it('skips each bad record with its reason', () => {
    expect(reasons(parseProjects(fixture('projects-mixed.geojson')).skipped)).toEqual({
      3: 'unknown-type',
      4: 'unknown-status',
      5: 'bad-property',
      6: 'bad-property',
      7: 'bad-geometry',
      8: 'out-of-area',
      9: 'bad-property',
      10: 'bad-property',
      11: 'missing-id',
      12: 'duplicate-id',
      13: 'bad-geometry',
      14: 'unknown-zone',
    });
  });

  it('keeps the anchor of a site as its point', () => {
    const p = parseProjects(fixture('projects-mixed.geojson')).records[1];
    expect([p?.coordinates, p?.site?.type]).toEqual([[106.305, 29.345], 'Polygon']);
  });

  it('puts a point on a site that has no anchor', () => {
    const p = parseProjects(fixture('projects-mixed.geojson')).records[2];
    const [lng, lat] = p?.coordinates ?? [0, 0];
    expect(lng >= 106.3 && lng <= 106.31 && lat >= 29.34 && lat <= 29.35).toBe(true);
    expect(p?.participants).toEqual([]);
  });
});

describe('files that are not GeoJSON collections', () => {
  const code = (json: unknown): string | null => {
    try {
      parseEnterprises(json);
      return null;
    } catch (error) {
      return error instanceof EntityDatasetError ? error.code : 'other';
    }
  };
  it('refuses a non-object', () => expect(code('[]')).toBe('not-an-object'));
  it('refuses an array', () => expect(code([])).toBe('not-an-object'));
  it('refuses null', () => expect(code(null)).toBe('not-an-object'));
  it('refuses another GeoJSON type', () =>
    expect(code({ type: 'Feature' })).toBe('not-a-feature-collection'));
  it('refuses features that are not a list', () => {
    expect(code({ type: 'FeatureCollection', features: {} })).toBe('features-not-an-array');
  });
  it('refuses coordinates declared GCJ-02', () => {
    const json = { ...fixture('enterprises-mixed.geojson') };
    json.provenance = { ...(json.provenance as object), crs: 'GCJ-02' };
    expect(code(json)).toBe('unsupported-crs');
  });
  it('loads an empty collection without provenance', () => {
    expect(parseProjects({ type: 'FeatureCollection', features: [] })).toEqual({
      records: [],
      skipped: [],
      provenance: null,
    });
  });
});
