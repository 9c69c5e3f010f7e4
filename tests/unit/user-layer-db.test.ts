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
