import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MAX_STREAM_RECORDS, readManifest } from '../../src/data/dataset-manifest';
import { EntityAccumulator } from '../../src/data/entity-accumulator';
import { loadEntities } from '../../src/data/load-entities';
import { STREAM_CHUNK, streamEntities } from '../../src/data/stream-entities';

const ORIGIN = 'http://127.0.0.1:4173';
const PROJECTS = `${ORIGIN}/data/projects.geojson`;
const committed = JSON.parse(
  readFileSync(join(process.cwd(), 'data/geojson/enterprises.geojson'), 'utf8'),
) as { provenance: unknown; features: { properties: { id: string } }[] };
const emptyProjects = { type: 'FeatureCollection', features: [] };

/** A part: a FeatureCollection of some of the committed enterprises. */
const part = (from: number, to: number) => ({
  type: 'FeatureCollection',
  provenance: committed.provenance,
  features: committed.features.slice(from, to),
});

/** fetch() over an in-memory site: path → JSON body. */
function serve(files: Record<string, unknown>) {
  vi.stubGlobal('fetch', async (url: string) => {
    const path = new URL(url).pathname;
    if (!(path in files)) return new Response('missing', { status: 404 });
    return new Response(JSON.stringify(files[path]), { status: 200 });
  });
}

const manifest = (parts: string[], records?: number) => ({
  type: 'jlp-dataset-parts',
  ...(records === undefined ? {} : { records }),
  parts,
});

describe('a dataset given as a manifest of parts', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('streams every part in order, in chunks, with progress up to the recounted total', async () => {
    const n = committed.features.length;
    serve({
      '/big/m.json': manifest(['a.geojson', 'sub/b.geojson', '/big/c.geojson'], n),
      '/big/a.geojson': part(0, 1000),
      '/big/sub/b.geojson': part(1000, 3000),
      '/big/c.geojson': part(3000, n),
      '/data/projects.geojson': emptyProjects,
    });
    const gathered = new EntityAccumulator();
    const seen: { read: number; total: number | null; size: number }[] = [];
    await streamEntities({ enterprises: `${ORIGIN}/big/m.json`, projects: PROJECTS }, [], ORIGIN, {
      head: (h) => gathered.head(h),
      chunk: (c) => {
        gathered.chunk(c);
        seen.push({ read: c.read, total: c.total, size: c.records.length });
      },
      end: (e) => gathered.end(e),
    });
    // One chunk per part here (each part is under STREAM_CHUNK records).
    expect(STREAM_CHUNK).toBeGreaterThan(2000);
    expect(seen.map((s) => s.read)).toEqual([1000, 3000, n]);
    expect(seen.every((s) => s.total === n)).toBe(true);
    const loaded = gathered.snapshot();
    expect(loaded.failed.enterprises).toBeNull();
    expect(loaded.enterprises.map((e) => e.id)).toEqual(
      committed.features.map((f) => f.properties.id),
    );
    expect(loaded.masks.enterpriseMasks).toHaveLength(n);
    expect(loaded.provenance.enterprises).not.toBeNull();
    expect(gathered.progress).toEqual({ read: n, total: n, done: true });
  });

  it('skips an id repeated in a later part, with its place in the whole dataset', async () => {
    serve({
      '/m.json': manifest(['a.geojson', 'b.geojson']),
      '/a.geojson': part(0, 10),
      '/b.geojson': part(5, 12),
      '/data/projects.geojson': emptyProjects,
    });
    const loaded = await loadEntities(
      { enterprises: `${ORIGIN}/m.json`, projects: PROJECTS },
      [],
      ORIGIN,
    );
    expect(loaded.enterprises).toHaveLength(12);
    const dupes = loaded.skipped.filter((s) => s.reason === 'duplicate-id');
    expect(dupes.map((s) => s.index)).toEqual([10, 11, 12, 13, 14]);
  });

  it('refuses a part on another origin, and then uses none of the enterprises', async () => {
    serve({
      '/m.json': manifest(['a.geojson', 'https://evil.example/b.geojson']),
      '/a.geojson': part(0, 10),
      '/data/projects.geojson': emptyProjects,
    });
    const loaded = await loadEntities(
      { enterprises: `${ORIGIN}/m.json`, projects: PROJECTS },
      [],
      ORIGIN,
    );
    expect(loaded.failed.enterprises?.code).toBe('bad-manifest');
    expect(loaded.enterprises).toHaveLength(0);
  });

  it('stops a dataset whose parts hold more than the record cap', () => {
    expect(() =>
      readManifest(manifest(['a.geojson'], MAX_STREAM_RECORDS + 1), `${ORIGIN}/m.json`, ORIGIN),
    ).toThrow(expect.objectContaining({ code: 'too-many-records' }));
  });

  it('refuses manifests that are not lists of our files', () => {
    const bad = [
      { type: 'jlp-dataset-parts' },
      manifest([]),
      manifest(Array.from({ length: 65 }, (_, i) => `p${i}.geojson`)),
      manifest(['a.geojson', 'a.geojson']),
      manifest(['//evil.example/a']),
      manifest(['javascript:alert(1)']),
      { ...manifest(['a.geojson']), records: -3 },
    ];
    for (const m of bad) {
      expect(() => readManifest(m, `${ORIGIN}/d/m.json`, ORIGIN)).toThrow(
        expect.objectContaining({ code: 'bad-manifest' }),
      );
    }
  });

  it('caps each part at 100 MB, as a single file', async () => {
    vi.stubGlobal('fetch', async (url: string) => {
      const path = new URL(url).pathname;
      if (path === '/m.json') return new Response(JSON.stringify(manifest(['a.geojson'])));
      if (path === '/data/projects.geojson') return new Response(JSON.stringify(emptyProjects));
      return new Response('{}', { headers: { 'content-length': String(101 * 1024 * 1024) } });
    });
    const loaded = await loadEntities(
      { enterprises: `${ORIGIN}/m.json`, projects: PROJECTS },
      [],
      ORIGIN,
    );
    expect(loaded.failed.enterprises?.code).toBe('too-large');
  });
});
