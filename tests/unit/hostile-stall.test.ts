import { afterEach, describe, expect, it, vi } from 'vitest';
import { DatasetError, fetchJson, STALL_TIMEOUT_MS } from '../../src/data/dataset-error';

/**
 * A fetch that behaves like the browser's where it matters here: the body streams what
 * `script` releases (a chunk after a delay, or nothing ever), and aborting the request's signal
 * errors the body.
 */
function fakeFetch(script: { afterMs: number; text: string | null }[]) {
  const original = globalThis.fetch;
  globalThis.fetch = async (_url, init) =>
    new Response(
      new ReadableStream<Uint8Array>({
        async start(controller) {
          init?.signal?.addEventListener('abort', () =>
            controller.error(new DOMException('aborted', 'AbortError')),
          );
          for (const step of script) {
            await new Promise((r) => setTimeout(r, step.afterMs));
            if (init?.signal?.aborted) return;
            if (step.text === null) return; // headers sent, then silence
            controller.enqueue(new TextEncoder().encode(step.text));
          }
          controller.close();
        },
      }),
      { status: 200 },
    );
  return () => {
    globalThis.fetch = original;
  };
}

describe('fetchJson stops a download that stalls', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('a server that sends headers and a first chunk, then nothing, is stopped with a reason', async () => {
    vi.useFakeTimers();
    const restore = fakeFetch([
      { afterMs: 10, text: '{"type":"FeatureCollection",' },
      { afterMs: 0, text: null },
    ]);
    try {
      const pending = fetchJson('http://127.0.0.1/x').catch((e: unknown) => e);
      await vi.advanceTimersByTimeAsync(STALL_TIMEOUT_MS - 1000);
      let settled = false;
      void pending.then(() => {
        settled = true;
      });
      await vi.advanceTimersByTimeAsync(0);
      expect(settled).toBe(false);
      await vi.advanceTimersByTimeAsync(2000);
      const error = (await pending) as DatasetError;
      expect(error).toBeInstanceOf(DatasetError);
      expect(error.code).toBe('stalled');
      expect(error.bytes).toBe('{"type":"FeatureCollection",'.length);
    } finally {
      restore();
    }
  });

  it('a slow download that keeps moving is not stopped', async () => {
    vi.useFakeTimers();
    const gap = STALL_TIMEOUT_MS * 0.75;
    const restore = fakeFetch([
      { afterMs: gap, text: '{"type":' },
      { afterMs: gap, text: '"FeatureCollection",' },
      { afterMs: gap, text: '"features":[]}' },
    ]);
    try {
      const pending = fetchJson('http://127.0.0.1/x');
      await vi.advanceTimersByTimeAsync(4 * gap);
      await expect(pending).resolves.toEqual({ type: 'FeatureCollection', features: [] });
    } finally {
      restore();
    }
  });
});
