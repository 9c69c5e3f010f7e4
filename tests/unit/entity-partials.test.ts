import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { entitiesQueryOptions } from '../../src/data/entities';
import { packEnterprises } from '../../src/data/packed-enterprises';
import { type StreamSink, streamEntities } from '../../src/data/stream-entities';
import type { ZoneFeature } from '../../src/domain/zone';

/** How often the page assembled records (the lookups are its first step). */
const assembled = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../src/geo/link-lookups', async (original) => {
  const real = await original<typeof import('../../src/geo/link-lookups')>();
  return {
    ...real,
    linkLookupsSteps: (...args: Parameters<typeof real.linkLookupsSteps>) => {
      assembled.count++;
      return real.linkLookupsSteps(...args);
    },
  };
});

const ORIGIN = 'http://127.0.0.1:4173';
const read = (name: string) =>
  JSON.parse(readFileSync(join(process.cwd(), `data/geojson/${name}.geojson`), 'utf8'));
const enterprises = read('enterprises') as { features: unknown[] };
const zones = (read('zones') as { features: ZoneFeature[] }).features.filter(
  (f) => (f.properties as { role?: string }).role === 'zone',
);

/** The entities worker, run inline: the real stream, posted the way the worker posts it. */
class InlineWorker {
  onmessage: ((e: { data: unknown }) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  onerror: (() => void) | null = null;
  postMessage(request: { sources: { enterprises: string; projects: string } }) {
    const post = (data: unknown) => this.onmessage?.({ data });
    const sink: StreamSink = {
      head: (head) => post({ type: 'head', head }),
      chunk: ({ records, ...rest }) =>
        post({ type: 'chunk', chunk: { ...rest, packed: packEnterprises(records) } }),
      end: (end) => post({ type: 'end', end }),
    };
    void streamEntities(request.sources, zones, ORIGIN, sink);
  }
  terminate() {}
}

/** fetch() over an in-memory site: path → JSON body. */
function serve(files: Record<string, unknown>) {
  vi.stubGlobal('fetch', async (url: string) => {
    const body = files[new URL(url).pathname];
    if (body === undefined) return new Response('missing', { status: 404 });
    return new Response(JSON.stringify(body), { status: 200 });
  });
}

async function load(enterprisesPath: string) {
  vi.stubGlobal('Worker', InlineWorker);
  vi.stubGlobal('window', { location: { origin: ORIGIN, search: '' } });
  const sources = { enterprises: `${ORIGIN}${enterprisesPath}`, projects: `${ORIGIN}/p.geojson` };
  const { queryFn } = entitiesQueryOptions(sources, zones);
  const signal = new AbortController().signal;
  return (queryFn as unknown as (c: { signal: AbortSignal }) => Promise<{ enterprises: [] }>)({
    signal,
  });
}

describe('records shown while a load streams in', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    assembled.count = 0;
  });

  it('are not assembled twice when one chunk is the whole load', async () => {
    serve({ '/e.geojson': enterprises, '/p.geojson': read('projects') });
    const data = await load('/e.geojson');
    expect(data.enterprises.length).toBe(enterprises.features.length);
    // The finished load only: a partial of the same records was assembled and dropped before.
    expect(assembled.count).toBe(1);
  });

  it('are assembled from the first chunk of a load that has more to come', async () => {
    const half = Math.floor(enterprises.features.length / 2);
    const part = (features: unknown[]) => ({ ...enterprises, features });
    serve({
      '/m.json': { type: 'jlp-dataset-parts', parts: ['/a.geojson', '/b.geojson'] },
      '/a.geojson': part(enterprises.features.slice(0, half)),
      '/b.geojson': part(enterprises.features.slice(half)),
      '/p.geojson': read('projects'),
    });
    const data = await load('/m.json');
    expect(data.enterprises.length).toBe(enterprises.features.length);
    // The first part's records while the second is read, then the finished load.
    expect(assembled.count).toBe(2);
  });
});
