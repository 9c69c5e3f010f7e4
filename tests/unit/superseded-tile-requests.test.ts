import { describe, expect, it } from 'vitest';
import {
  releaseSupersededTileRequests,
  type TileRequestSource,
} from '../../src/map/superseded-tile-requests';

type Answer = { raw?: string; data: string };
type Entry = { resolve: (a: Answer) => void };

/**
 * The parts of MapLibre 5.24's main-thread Actor the fix relies on: an entry per request in
 * `resolveRejects`, added synchronously by sendAsync; an answer with no entry is dropped; an
 * abort deletes the entry and posts `<cancel>` to the worker.
 */
class FakeActor {
  resolveRejects: Record<string, Entry> = {};
  cancels: string[] = [];
  private next = 0;
  sendAsync(abort: AbortController): Promise<Answer> {
    return new Promise((resolve) => {
      const id = `r${this.next++}`;
      abort.signal.addEventListener('abort', () => {
        delete this.resolveRejects[id];
        this.cancels.push(id);
      });
      this.resolveRejects[id] = { resolve };
    });
  }
  /** The worker's answer to request `id` reaching the main thread. */
  answer(id: string, a: Answer): void {
    const entry = this.resolveRejects[id];
    delete this.resolveRejects[id];
    entry?.resolve(a);
  }
}

type FakeTile = { abortController?: AbortController; raw?: string; data?: string };

/** MapLibre 5.24's GeoJSONSource.loadTile/abortTile, reduced to what matters here. */
class FakeSource implements TileRequestSource<FakeTile> {
  actor = new FakeActor();
  async loadTile(tile: FakeTile): Promise<void> {
    tile.abortController = new AbortController();
    const a = await this.actor.sendAsync(tile.abortController);
    delete tile.abortController;
    tile.data = a.data;
    // Tile.loadVectorData keeps the last raw data when an answer carries none.
    if (a.raw) tile.raw = a.raw;
  }
  async abortTile(tile: FakeTile): Promise<void> {
    tile.abortController?.abort();
    delete tile.abortController;
  }
}
releaseSupersededTileRequests(FakeSource.prototype);
releaseSupersededTileRequests(FakeSource.prototype);

const flush = () => new Promise((r) => setTimeout(r, 0));
const pendingIds = (s: FakeSource) => Object.keys(s.actor.resolveRejects);

describe('releaseSupersededTileRequests', () => {
  it('drops a request the worker superseded once the newer one is answered, with no <cancel>', async () => {
    const source = new FakeSource();
    const tile: FakeTile = {};
    void source.loadTile(tile);
    void source.loadTile(tile);
    expect(pendingIds(source)).toEqual(['r0', 'r1']);
    source.actor.answer('r1', { raw: 'raw-1', data: 'new' });
    await flush();
    expect(pendingIds(source)).toEqual([]);
    expect(source.actor.cancels).toEqual([]);
    expect(tile).toMatchObject({ raw: 'raw-1', data: 'new' });
  });

  it('keeps an older request while the newer one is out: its answer may carry the raw data', async () => {
    const source = new FakeSource();
    const tile: FakeTile = {};
    void source.loadTile(tile);
    void source.loadTile(tile);
    // The first parse had finished: its answer (with raw data) comes first, the re-parse has none.
    source.actor.answer('r0', { raw: 'raw-0', data: 'old' });
    await flush();
    expect(tile).toMatchObject({ raw: 'raw-0', data: 'old' });
    source.actor.answer('r1', { data: 'new' });
    await flush();
    expect(tile).toMatchObject({ raw: 'raw-0', data: 'new' });
    expect(pendingIds(source)).toEqual([]);
    expect(source.actor.cancels).toEqual([]);
  });

  it('ignores an older answer arriving after the newer one', async () => {
    const source = new FakeSource();
    const tile: FakeTile = {};
    void source.loadTile(tile);
    void source.loadTile(tile);
    void source.loadTile(tile);
    source.actor.answer('r2', { raw: 'raw-2', data: 'newest' });
    await flush();
    source.actor.answer('r0', { raw: 'raw-0', data: 'old' });
    await flush();
    expect(tile).toMatchObject({ raw: 'raw-2', data: 'newest' });
    expect(pendingIds(source)).toEqual([]);
  });

  it('drops every pending request of an aborted tile, only those of that tile', async () => {
    const source = new FakeSource();
    const tile: FakeTile = {};
    const other: FakeTile = {};
    void source.loadTile(tile);
    void source.loadTile(other);
    void source.loadTile(tile);
    await source.abortTile(tile);
    expect(pendingIds(source)).toEqual(['r1']);
    // MapLibre's own abort still cancels its latest request in the worker.
    expect(source.actor.cancels).toEqual(['r2']);
    source.actor.answer('r1', { raw: 'raw-1', data: 'other' });
    await flush();
    expect(other).toMatchObject({ raw: 'raw-1', data: 'other' });
  });
});
