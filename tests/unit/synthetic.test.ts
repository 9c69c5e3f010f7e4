import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { realRecords } from '../../scripts/real-records';
import { buildSyntheticFiles, SYNTHETIC_DEFAULTS } from '../../scripts/synthetic/build';
import { generateEnterprises } from '../../scripts/synthetic/generate-enterprises';
import { generateProjects } from '../../scripts/synthetic/generate-projects';
import { readSyntheticInputs } from '../../scripts/synthetic-inputs';
import { parseEnterprises, parseProjects } from '../../src/data/parse-entities';
import type { Category, Enterprise } from '../../src/domain/entity';
import { linkDataset, linkStatusAt } from '../../src/geo/link';

const DATA = new URL('../../data/geojson/', import.meta.url);
const haveInputs = ['zones.geojson', 'district.geojson'].every((f) => existsSync(new URL(f, DATA)));
const readData = (f: string): unknown => JSON.parse(readFileSync(new URL(f, DATA), 'utf8'));

function sample(count: number, seed: number): Enterprise[] {
  const { zones, district } = readSyntheticInputs();
  return generateEnterprises(count, seed, zones, district);
}

const share = (xs: readonly unknown[], n: number): number => xs.length / n;

describe.skipIf(!haveInputs)('synthetic generator', () => {
  it('gives identical output for the same seed', () => {
    expect(sample(400, 7)).toEqual(sample(400, 7));
  });

  it('gives different output for another seed', () => {
    expect(sample(50, 7)).not.toEqual(sample(50, 8));
  });

  it('flags every record as synthetic, in its source and its names', () => {
    const bad = sample(400, 3).filter(
      (e) =>
        !e.synthetic ||
        e.source !== 'synthetic (seed 3)' ||
        !e.name_zh.endsWith('（模拟）') ||
        !e.name_en?.endsWith('(synthetic)'),
    );
    expect(bad).toEqual([]);
  });

  it('has the designed proportions at the plan scale', () => {
    const { zones, district } = readSyntheticInputs();
    const firms = generateEnterprises(4000, SYNTHETIC_DEFAULTS.seed, zones, district);
    const r = linkDataset(zones, firms, []);
    const status = firms.map((_, i) => linkStatusAt(r.enterpriseStatus, i));
    const has = (c: Category) => firms.filter((e) => e.categories.includes(c));
    expect(has('高新技术企业').length).toBeGreaterThan(680);
    expect(has('高新技术企业').length).toBeLessThan(820);
    expect(has('新型研发机构').length).toBeGreaterThanOrEqual(10);
    expect(has('新型研发机构').length).toBeLessThanOrEqual(35);
    const large = has('规上工业企业');
    expect(
      share(
        large.filter((e) => e.categories.includes('有研发机构')),
        large.length,
      ),
    ).toBeGreaterThan(0.5);
    expect(
      share(
        status.filter((s) => s === 'outside-all' || s === 'outside-declared'),
        4000,
      ),
    ).toBeCloseTo(0.25 + 0.75 * 0.05, 1);
    const mismatched = share(
      status.filter((s) => s === 'outside-declared'),
      4000,
    );
    expect(mismatched > 0.05 && mismatched < 0.08).toBe(true);
    expect(
      share(
        firms.filter((e) => e.declared_zone === null),
        4000,
      ),
    ).toBeGreaterThan(0.4);
  });

  it('clusters hydrogen in Xipeng park', () => {
    const { zones, district } = readSyntheticInputs();
    const firms = generateEnterprises(2000, 11, zones, district).filter(
      (e) => e.industry === '氢能源',
    );
    const r = linkDataset(zones, firms, []);
    expect(
      share(
        Array.from(r.enterpriseMasks).filter((m) => m & 1),
        firms.length,
      ),
    ).toBeGreaterThan(0.8);
  });

  it('never ties real firms to synthetic projects, and names only known firms', () => {
    const { zones, district } = readSyntheticInputs();
    const firms = [...realRecords().enterprises, ...generateEnterprises(500, 5, zones, district)];
    const ids = new Map(firms.map((e) => [e.id, e]));
    const named = generateProjects(100, 5, firms, zones, district).flatMap((p) => [
      p.lead_enterprise,
      ...p.participants,
    ]);
    expect(named.filter((id) => id !== null && ids.get(id)?.synthetic !== true)).toEqual([]);
  });
});

describe('real records', () => {
  it('are all flagged real, with a source, and never claim an exact location', () => {
    const { enterprises, projects } = realRecords();
    const bad = [...enterprises, ...projects].filter(
      (r) => r.synthetic || !r.source || r.accuracy === 'exact',
    );
    expect([enterprises.length, projects.length, bad]).toEqual([13, 6, []]);
  });
});

describe.skipIf(!haveInputs || !existsSync(new URL('enterprises.geojson', DATA)))(
  'generated files',
  () => {
    it('parse with nothing skipped, real records first', () => {
      const e = parseEnterprises(readData('enterprises.geojson'));
      const p = parseProjects(readData('projects.geojson'));
      expect([e.skipped, p.skipped]).toEqual([[], []]);
      expect(e.records.slice(0, 13).every((r) => !r.synthetic)).toBe(true);
      expect(e.records.slice(13).every((r) => r.synthetic)).toBe(true);
      expect(p.records.slice(0, 6).map((r) => r.synthetic)).toEqual(Array(6).fill(false));
      expect(e.provenance?.synthetic).toBe(true);
    });

    it('are what the generator makes today (else run npm run data:synthetic)', () => {
      const { zones, district } = readSyntheticInputs();
      const files = buildSyntheticFiles(SYNTHETIC_DEFAULTS, zones, district);
      const onDisk = (f: string) => readFileSync(new URL(f, DATA), 'utf8');
      expect(files.enterprises === onDisk('enterprises.geojson')).toBe(true);
      expect(files.projects === onDisk('projects.geojson')).toBe(true);
    });
  },
);
