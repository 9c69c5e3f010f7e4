import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { fieldNames } from '../../../src/data/import/coordinate-columns';
import { importFile } from '../../../src/data/import/import-file';
import type { ImportedProperties, ImportIssue } from '../../../src/domain/import';

// The CSV table path is tuned for 100,000-row registers (scripts/bench/import-bench.ts). This
// checks it against the plain reading of the issue, written the slow obvious way: papaparse
// parses the whole text into row arrays, each row becomes a feature whose properties are
// every column, blank cells null; rows without numeric coordinates are listed, rows out of
// range are listed, blank rows vanish. Random files with the awkward cases CSVs bring.

/** A deterministic pseudo-random generator (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(rnd: () => number, xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;

const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;

function coordinateCell(rnd: () => number, lng: boolean): string {
  const v = lng ? 106.25 + rnd() * 0.3 : 29.26 + rnd() * 0.3;
  return pick(rnd, [
    v.toFixed(6),
    v.toFixed(6),
    v.toFixed(2),
    ` ${v.toFixed(5)} `,
    v.toExponential(4),
    String(Math.round(v)),
    '',
    'n/a',
    lng ? '200.5' : '-95',
  ]);
}

const TEXTS = ['测试企业', 'ACME, Ltd.', 'say "hi"', '多行\n地址', '', ' ', '0', '2024', '=1+1'];

function randomCsv(seed: number): string {
  const rnd = random(seed);
  const header = ['名称', '经度', '纬度', '', '名称', '2024', '备注'];
  const lines: string[] = [seed % 2 ? '' : ',,,', header.join(',')];
  const rows = 50 + Math.floor(rnd() * 200);
  for (let i = 0; i < rows; i++) {
    const r = rnd();
    if (r < 0.04) {
      lines.push(r < 0.02 ? '' : ', ,');
      continue;
    }
    let lng = coordinateCell(rnd, true);
    let lat = coordinateCell(rnd, false);
    // A few swapped rows: fewer than half, so each is listed rather than the file swapped.
    if (rnd() < 0.05) [lng, lat] = [lat, lng];
    const cells = [pick(rnd, TEXTS), lng, lat, pick(rnd, TEXTS), pick(rnd, TEXTS), String(i)];
    cells.push(pick(rnd, TEXTS));
    // Short and long rows: papaparse keeps them as they are.
    const n = rnd() < 0.05 ? 3 + Math.floor(rnd() * 3) : rnd() < 0.05 ? 9 : cells.length;
    while (cells.length < n) cells.push('extra');
    lines.push(
      cells
        .slice(0, n)
        .map((c) => (/[",\n]/.test(c) || rnd() < 0.1 ? quote(c) : c))
        .join(','),
    );
  }
  return lines.join(seed % 3 ? '\n' : '\r\n') + (seed % 2 ? '\n' : '');
}

const blank = (row: readonly string[]) => row.every((c) => c.trim() === '');
const num = (c: string | undefined) =>
  c === undefined || c.trim() === '' ? Number.NaN : Number(c);
const round = (v: number) => Math.round(v * 1e6) / 1e6;

function reference(text: string) {
  const rows = Papa.parse<string[]>(text).data;
  const start = rows.findIndex((r) => !blank(r));
  const fields = fieldNames(rows[start] as string[]);
  const features: { coordinates: number[]; properties: ImportedProperties }[] = [];
  const skipped: ImportIssue[] = [];
  rows.slice(start + 1).forEach((row, index) => {
    const x = num(row[1]);
    const y = num(row[2]);
    const where = { row: index + 2 };
    if (!Number.isFinite(x) || !Number.isFinite(y)) {
      if (!blank(row))
        skipped.push({ index, code: 'import.error.rowNoCoordinates', params: where });
      return;
    }
    if (Math.abs(x) > 180 || Math.abs(y) > 90) {
      const swapped = Math.abs(y) <= 180 && Math.abs(x) <= 90;
      const code = swapped ? 'import.error.rowSwapped' : 'import.error.rowOutOfRange';
      skipped.push({ index, code, params: { ...where, lng: round(x), lat: round(y) } });
      return;
    }
    const properties: ImportedProperties = {};
    fields.forEach((f, c) => {
      properties[f] = row[c] === undefined || row[c] === '' ? null : (row[c] as string);
    });
    features.push({ coordinates: [x, y], properties });
  });
  return { fields, features, skipped };
}

describe('the CSV table path', () => {
  for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
    it(`imports random file ${seed} exactly as the plain reading does`, async () => {
      const text = randomCsv(seed);
      const want = reference(text);
      const got = await importFile(new Blob([text]), 'r.csv', { crs: null });
      expect(got.fields).toEqual(want.fields);
      expect(got.skipped).toEqual(want.skipped);
      expect(got.features).toHaveLength(want.features.length);
      got.features.forEach((f, i) => {
        const w = want.features[i];
        expect(f.type).toBe('Feature');
        expect(f.geometry).toEqual({ type: 'Point', coordinates: w?.coordinates });
        expect(f.properties).toEqual(w?.properties);
        // Key order is the header's (the layer details and exports list columns in it).
        expect(Object.keys(f.properties)).toEqual(Object.keys(w?.properties ?? {}));
      });
      expect(got.geometryTypes).toEqual(['Point']);
      expect(got.crs).toEqual({ kind: 'wgs84' });
    });
  }
});
