import { afterEach, describe, expect, it, vi } from 'vitest';
import { DatasetError } from '../../src/data/dataset-error';
import { fetchJsonOnce, prefetchJson } from '../../src/data/prefetch-json';

const URL_A = 'http://127.0.0.1:4173/data/a.geojson';
const URL_B = 'http://127.0.0.1:4173/data/b.geojson';

/** fetch() that counts its calls and answers each with a new body (or a status). */
function serve(status = 200) {
  const calls: string[] = [];
  vi.stubGlobal('fetch', async (url: string) => {
    calls.push(url);
    return new Response(JSON.stringify({ call: calls.length }), { status });
  });
  return calls;
}

describe('files the entities worker starts reading before its load (issue 11)', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('the load takes the prefetched read once, then fetches afresh', async () => {
    const calls = serve();
    prefetchJson(URL_A);
    prefetchJson(URL_A);
    expect(calls).toEqual([URL_A]);
    expect(await fetchJsonOnce(URL_A)).toEqual({ call: 1 });
    expect(await fetchJsonOnce(URL_A)).toEqual({ call: 2 });
    expect(calls).toEqual([URL_A, URL_A]);
  });

  it('a failed prefetch reaches the load as the same DatasetError fetchJson gives', async () => {
    serve(404);
    prefetchJson(URL_B);
    const error = await fetchJsonOnce(URL_B).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatasetError);
    expect((error as DatasetError).status).toBe(404);
  });
});
