import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadInWorker } from '../../src/data/load-in-worker';

/** Stands in for the browser's Worker: records what the loader asks of it. */
class FakeWorker {
  static last: FakeWorker | null = null;
  terminated = false;
  posted: unknown[] = [];
  onmessage: ((e: MessageEvent) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  constructor() {
    FakeWorker.last = this;
  }
  postMessage(message: unknown) {
    this.posted.push(message);
  }
  terminate() {
    this.terminated = true;
  }
}

const SOURCES = { enterprises: '/a.geojson', projects: '/b.geojson' };

describe('loading in a worker, superseded', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('terminates the worker and rejects when the load is aborted midway', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    vi.stubGlobal('window', { location: { origin: 'http://127.0.0.1' } });
    const abort = new AbortController();
    const load = loadInWorker(SOURCES, [], abort.signal);
    const worker = FakeWorker.last as FakeWorker;
    expect(worker.posted).toHaveLength(1);
    expect(worker.terminated).toBe(false);
    abort.abort(new Error('superseded'));
    await expect(load).rejects.toThrow('superseded');
    expect(worker.terminated).toBe(true);
  });

  it('never starts work for a load aborted before it began', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    vi.stubGlobal('window', { location: { origin: 'http://127.0.0.1' } });
    const abort = new AbortController();
    abort.abort(new Error('gone'));
    await expect(loadInWorker(SOURCES, [], abort.signal)).rejects.toThrow('gone');
    expect(FakeWorker.last?.terminated).toBe(true);
    expect(FakeWorker.last?.posted).toHaveLength(0);
  });
});
