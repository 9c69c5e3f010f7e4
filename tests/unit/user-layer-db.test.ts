import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { UserLayer } from '../../src/data/import/user-layer';
import {
  deleteUserLayer,
  loadUserLayers,
  StorageError,
  saveUserLayer,
} from '../../src/data/import/user-layer-db';

function layer(id: string, name: string, importedAt: string): UserLayer {
  return {
    id,
    name,
    colour: '#332288',
    visible: true,
    fileName: `${name}.geojson`,
    byteSize: 10,
    importedAt,
    format: 'geojson',
    crs: { kind: 'wgs84' },
    crsSource: 'default',
    features: [
      {
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [106.4, 29.4] },
        properties: { n: 1 },
      },
    ],
    fields: ['n'],
    geometryTypes: ['Point'],
    skipped: [],
    warnings: [],
    offsetWarning: null,
    use: { kind: 'none' },
  };
}

afterEach(() => vi.restoreAllMocks());

function points(n: number): UserLayer['features'] {
  return Array.from({ length: n }, (_, i) => ({
    type: 'Feature' as const,
    geometry: { type: 'Point' as const, coordinates: [106 + i / 1e5, 29.4] },
    properties: { n: i },
  }));
}

/** Runs fn on the app's database directly (what an older version of the app left there). */
async function raw<T>(fn: (db: IDBDatabase) => IDBRequest<T>): Promise<T> {
  await loadUserLayers(); // opens (and upgrades) the database
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const r = indexedDB.open('jlp-user-data');
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
  const request = fn(db);
  return new Promise<T>((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  }).finally(() => db.close());
}

const partCount = (id: string) =>
  raw((db) =>
    db
      .transaction('features')
      .objectStore('features')
      .count(IDBKeyRange.bound([id, 0], [id, Number.POSITIVE_INFINITY])),
  );

describe('user layers in IndexedDB', () => {
  it('stores layers with their features and use, returns them oldest first, deletes them', async () => {
    await saveUserLayer(layer('b', 'second', '2026-01-02T00:00:00Z'));
    await saveUserLayer({
      ...layer('a', 'first', '2026-01-01T00:00:00Z'),
      use: { kind: 'zone', zoneId: 'xipeng-park' },
    });
    const loaded = await loadUserLayers();
    expect(loaded.map((l) => l.id)).toEqual(['a', 'b']);
    expect(loaded[0]?.use).toEqual({ kind: 'zone', zoneId: 'xipeng-park' });
    expect(loaded[1]?.features[0]?.geometry).toEqual({ type: 'Point', coordinates: [106.4, 29.4] });
    await deleteUserLayer('b');
    expect((await loadUserLayers()).map((l) => l.id)).toEqual(['a']);
  });

  it('a failed save leaves the stored version as it was', async () => {
    const before = layer('c', 'kept', '2026-01-03T00:00:00Z');
    await saveUserLayer(before);
    // A value IndexedDB cannot clone makes put() throw: the transaction must change nothing.
    const broken = { ...before, name: 'changed', fields: [() => 0] } as unknown as UserLayer;
    await expect(saveUserLayer(broken)).rejects.toBeInstanceOf(StorageError);
    const stored = (await loadUserLayers()).find((l) => l.id === 'c');
    expect(stored?.name).toBe('kept');
  });

  it('reports a full disk as a quota failure, keeping what was stored', async () => {
    await saveUserLayer(layer('d', 'old', '2026-01-04T00:00:00Z'));
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('quota', 'QuotaExceededError');
    });
    const error = await saveUserLayer(layer('d', 'new', '2026-01-04T00:00:00Z')).catch((e) => e);
    expect(error).toBeInstanceOf(StorageError);
    expect((error as StorageError).failure).toBe('quota');
    vi.restoreAllMocks();
    expect((await loadUserLayers()).find((l) => l.id === 'd')?.name).toBe('old');
  });
});

describe('features stored in parts (one short task each)', () => {
  it('keeps 12,001 features in order across 49 parts of 250, and removes the parts with the layer', async () => {
    const features = points(12_001);
    await saveUserLayer({ ...layer('p1', 'big', '2026-02-01T00:00:00Z'), features });
    expect(await partCount('p1')).toBe(49);
    const stored = (await loadUserLayers()).find((l) => l.id === 'p1');
    expect(stored?.features).toEqual(features);
    await deleteUserLayer('p1');
    expect(await partCount('p1')).toBe(0);
  });

  it('a settings change writes no features; new features replace every old part', async () => {
    const big = { ...layer('p2', 'big', '2026-02-02T00:00:00Z'), features: points(12_000) };
    await saveUserLayer(big);
    const put = vi.spyOn(IDBObjectStore.prototype, 'put');
    await saveUserLayer({ ...big, name: 'renamed' });
    expect(put).toHaveBeenCalledTimes(1);
    put.mockRestore();
    const renamed = (await loadUserLayers()).find((l) => l.id === 'p2');
    expect(renamed?.name).toBe('renamed');
    expect(renamed?.features).toEqual(big.features);
    await saveUserLayer({ ...big, features: points(3) });
    expect(await partCount('p2')).toBe(1);
    const stored = (await loadUserLayers()).find((l) => l.id === 'p2');
    expect(stored?.features).toEqual(points(3));
  });

  it('a part that fails to store leaves the whole earlier version', async () => {
    const before = { ...layer('p3', 'kept', '2026-02-03T00:00:00Z'), features: points(7000) };
    await saveUserLayer(before);
    const put = IDBObjectStore.prototype.put;
    let calls = 0;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
      this: IDBObjectStore,
      ...args
    ) {
      // The settings and the first part go in; the second part hits a full disk.
      if (++calls === 3) throw new DOMException('quota', 'QuotaExceededError');
      return put.apply(this, args);
    });
    const error = await saveUserLayer({ ...before, name: 'new', features: points(12_000) }).catch(
      (e) => e,
    );
    expect((error as StorageError).failure).toBe('quota');
    vi.restoreAllMocks();
    const stored = (await loadUserLayers()).find((l) => l.id === 'p3');
    expect(stored?.name).toBe('kept');
    expect(stored?.features).toEqual(points(7000));
  });

  it('reads a layer stored by version 1 (features inline) and moves them to parts on save', async () => {
    const old = { ...layer('p4', 'old', '2026-02-04T00:00:00Z'), features: points(6000) };
    await raw((db) => db.transaction('layers', 'readwrite').objectStore('layers').put(old));
    const [loaded] = (await loadUserLayers()).filter((l) => l.id === 'p4');
    expect(loaded?.features).toEqual(old.features);
    await saveUserLayer({ ...(loaded as UserLayer), name: 'moved' });
    expect(await partCount('p4')).toBe(24);
    const stored = (await loadUserLayers()).find((l) => l.id === 'p4');
    expect(stored?.features).toEqual(old.features);
  });
});
