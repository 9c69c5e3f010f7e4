import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DatasetError, fetchJson, MAX_FILE_BYTES } from '../../src/data/dataset-error';
import { parseEnterprises, parseProjects } from '../../src/data/parse-entities';
import { MAX_FILE_SITE_VERTICES } from '../../src/data/record-geometry';
import { polygonSelfCrosses } from '../../src/geo/ring-crossing';
import { translate } from '../../src/i18n/translate';

const HOSTILE = join(process.cwd(), 'tests', 'fixtures', 'hostile');
const read = (name: string): unknown => JSON.parse(readFileSync(join(HOSTILE, name), 'utf8'));

describe('a hostile data file loads what it can', () => {
  it('skips each broken enterprise with a reason and keeps the rest', () => {
    const got = parseEnterprises(read('enterprises-hostile.geojson'));
    expect(got.records.map((r) => r.id)).toHaveLength(5);
    expect(got.records.some((r) => r.id === 'hostile-8')).toBe(true);
    expect(got.skipped.map((s) => s.id)).toEqual([
      'hostile-1',
      'hostile-2',
      'hostile-3',
      'hostile-4',
      null,
      null,
      'hostile-7',
    ]);
    for (const s of got.skipped) expect(s.detail.length).toBeGreaterThan(0);
  });

  it('an empty ring, a bow tie, a huge outline: each site skipped with its own reason', () => {
    const got = parseProjects(read('projects-hostile.geojson'));
    const reasons = Object.fromEntries(got.skipped.map((s) => [s.id, s.reason]));
    expect(reasons).toEqual({
      'hostile-p1': 'bad-geometry',
      'hostile-p2': 'self-intersecting',
      'hostile-p3': 'too-many-vertices',
      'hostile-p4': 'bad-geometry',
    });
    expect(got.records.map((r) => r.id)).toContain('hostile-p5');
  });

  it('rebuilds a site from its [lng, lat] pairs: foreign members never travel on', () => {
    const got = parseProjects(read('projects-hostile.geojson'));
    const site = got.records.find((r) => r.id === 'hostile-p5')?.site;
    expect(site && Object.keys(site).sort()).toEqual(['coordinates', 'type']);
    expect(() => structuredClone(got)).not.toThrow();
  });
});

describe('a file whose sites sum past the vertex allowance', () => {
  it('keeps the first sites, skips the site that crosses the total and every later one', () => {
    const template = read('projects-hostile.geojson') as {
      provenance: unknown;
      features: { properties: Record<string, unknown> }[];
    };
    const props = template.features[0]?.properties ?? {};
    /** A regular polygon of n vertices (closed), 0.002° across, at column k. */
    const site = (k: number, n: number) => {
      const ring = Array.from({ length: n - 1 }, (_, i) => {
        const a = (i / (n - 1)) * 2 * Math.PI;
        return [
          106.3 + (k % 20) * 0.01 + 0.001 * Math.cos(a),
          29.3 + Math.floor(k / 20) * 0.01 + 0.001 * Math.sin(a),
        ];
      });
      return { type: 'Polygon', coordinates: [[...ring, ring[0]]] };
    };
    const feature = (id: string, geometry: unknown) => ({
      type: 'Feature',
      geometry,
      properties: { ...props, id, declared_zone: null, lead_enterprise: null, participants: [] },
    });
    const perSite = 1900;
    const fit = Math.floor(MAX_FILE_SITE_VERTICES / perSite);
    const features = [
      ...Array.from({ length: fit + 1 }, (_, k) => feature(`big-${k}`, site(k, perSite))),
      // Small enough for what is left, but after the refused one: skipped too.
      feature('small-after', site(fit + 2, 5)),
      feature('point-after', { type: 'Point', coordinates: [106.4, 29.4] }),
    ];
    const got = parseProjects({
      type: 'FeatureCollection',
      provenance: template.provenance,
      features,
    });
    const kept = got.records.filter((r) => r.site !== null);
    expect(kept.map((r) => r.id)).toEqual(Array.from({ length: fit }, (_, k) => `big-${k}`));
    // Recounted from the kept sites, not taken from the parser.
    const keptVertices = kept.reduce(
      (n, r) => n + (r.site?.type === 'Polygon' ? r.site.coordinates.flat().length : 0),
      0,
    );
    expect(keptVertices).toBe(fit * perSite);
    expect(keptVertices).toBeLessThanOrEqual(MAX_FILE_SITE_VERTICES);
    expect(got.skipped.map((s) => [s.id, s.reason])).toEqual([
      [`big-${fit}`, 'file-vertex-limit'],
      ['small-after', 'file-vertex-limit'],
    ]);
    expect(got.skipped[0]?.detail).toContain(String(MAX_FILE_SITE_VERTICES));
    expect(got.records.map((r) => r.id)).toContain('point-after');
    expect(translate('zh', 'skip.file-vertex-limit')).toContain('20 万');
    expect(translate('en', 'skip.file-vertex-limit')).toContain('200,000 vertices');
  });
});

describe('polygonSelfCrosses', () => {
  it('finds a bow tie and a hole crossing its outer ring, passes a square with a hole', () => {
    const square = [
      [0, 0],
      [4, 0],
      [4, 4],
      [0, 4],
      [0, 0],
    ];
    const hole = [
      [1, 1],
      [2, 1],
      [2, 2],
      [1, 1],
    ];
    const crossingHole = [
      [3, 3],
      [5, 3],
      [5, 5],
      [3, 3],
    ];
    const bowtie = [
      [0, 0],
      [1, 1],
      [1, 0],
      [0, 1],
      [0, 0],
    ];
    expect(polygonSelfCrosses([square, hole])).toBe(false);
    expect(polygonSelfCrosses([bowtie])).toBe(true);
    expect(polygonSelfCrosses([square, crossingHole])).toBe(true);
  });
});

describe('polygonSelfCrosses equals the all-pairs check', () => {
  it('on random rings', () => {
    const pt = fc.tuple(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 20 }));
    const naive = (ring: number[][]) => {
      const cross = (a: number[], b: number[], c: number[], d: number[]) => {
        const o = (p: number[], q: number[], r: number[]) =>
          Math.sign(
            ((q[0] ?? 0) - (p[0] ?? 0)) * ((r[1] ?? 0) - (p[1] ?? 0)) -
              ((q[1] ?? 0) - (p[1] ?? 0)) * ((r[0] ?? 0) - (p[0] ?? 0)),
          );
        return o(a, b, c) * o(a, b, d) < 0 && o(c, d, a) * o(c, d, b) < 0;
      };
      for (let i = 0; i + 1 < ring.length; i++)
        for (let j = i + 1; j + 1 < ring.length; j++)
          if (cross(ring[i] ?? [], ring[i + 1] ?? [], ring[j] ?? [], ring[j + 1] ?? []))
            return true;
      return false;
    };
    fc.assert(
      fc.property(fc.array(pt, { minLength: 3, maxLength: 12 }), (open) => {
        const ring = [...open, open[0] ?? [0, 0]];
        expect(polygonSelfCrosses([ring])).toBe(naive(ring));
      }),
      { numRuns: 500 },
    );
  });
});

describe('fetchJson stops a file past the size limit while it streams', () => {
  it('refuses 101 MB after reading just past 100 MB, naming the size', async () => {
    const chunk = new Uint8Array(1024 * 1024).fill(0x20);
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent++;
        if (sent > 101) controller.close();
        else controller.enqueue(chunk);
      },
    });
    const original = globalThis.fetch;
    globalThis.fetch = async () => new Response(body, { status: 200 });
    try {
      const error = await fetchJson('http://127.0.0.1/x').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DatasetError);
      expect((error as DatasetError).code).toBe('too-large');
      expect((error as DatasetError).bytes).toBeGreaterThan(MAX_FILE_BYTES);
      expect(sent).toBeLessThanOrEqual(102);
    } finally {
      globalThis.fetch = original;
    }
  });

  it('refuses at once when the declared length is over the limit', async () => {
    const original = globalThis.fetch;
    globalThis.fetch = async () =>
      new Response('{}', {
        status: 200,
        headers: { 'content-length': String(2 * MAX_FILE_BYTES) },
      });
    try {
      const error = (await fetchJson('http://127.0.0.1/x').catch(
        (e: unknown) => e,
      )) as DatasetError;
      expect(error.code).toBe('too-large');
    } finally {
      globalThis.fetch = original;
    }
  });
});
