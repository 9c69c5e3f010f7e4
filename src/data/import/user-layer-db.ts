import type { UserLayer } from './user-layer';

const DB_NAME = 'jlp-user-data';
const DB_VERSION = 2;
/** One record per layer: its settings, with `features` empty and `chunks` counting its parts. */
const STORE = 'layers';
/**
 * Features in parts of CHUNK, keyed [layer id, part number] (version 2). IndexedDB clones a
 * value inside put(), on the calling thread: one put of 100,000 features was one long
 * main-thread task; a part per request callback keeps each task short (parts of 1,000 still
 * took 0.1–0.15 s at load average ~15 on 2 cores; 250 a quarter of that). The part size is
 * not stored: a layer saved with other parts loads the same (keys keep the parts in order).
 */
const FEATURES = 'features';
const CHUNK = 250;

/** Why a save failed, for a message in the user's language. */
export type StorageFailure = 'quota' | 'unavailable' | 'failed';

export class StorageError extends Error {
  readonly failure: StorageFailure;

  constructor(failure: StorageFailure, detail: string) {
    super(detail);
    this.name = 'StorageError';
    this.failure = failure;
  }
}

function failureOf(error: unknown): StorageError {
  if (error instanceof StorageError) return error;
  const name = error instanceof DOMException ? error.name : '';
  const detail = error instanceof Error ? error.message : String(error);
  return new StorageError(name === 'QuotaExceededError' ? 'quota' : 'failed', detail);
}

let opening: Promise<IDBDatabase> | null = null;

function openDb(): Promise<IDBDatabase> {
  if (typeof indexedDB === 'undefined') {
    return Promise.reject(new StorageError('unavailable', 'IndexedDB is not available'));
  }
  opening ??= new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, DB_VERSION);
    request.onupgradeneeded = () => {
      const names = request.result.objectStoreNames;
      // A version-1 layer keeps its features inline; loadUserLayers reads both kinds.
      if (!names.contains(STORE)) request.result.createObjectStore(STORE, { keyPath: 'id' });
      if (!names.contains(FEATURES)) request.result.createObjectStore(FEATURES);
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(new StorageError('unavailable', String(request.error)));
    request.onblocked = () => reject(new StorageError('unavailable', 'database blocked'));
  });
  opening.catch(() => {
    opening = null;
  });
  return opening;
}

/**
 * Runs one read-write transaction and settles when it commits or aborts. A transaction is
 * all-or-nothing in IndexedDB, so a failed save leaves what was stored before untouched;
 * `fail` aborts it from a later request's callback.
 */
async function write(
  run: (tx: IDBTransaction, fail: (error: unknown) => void) => void,
): Promise<void> {
  const db = await openDb();
  await new Promise<void>((resolve, reject) => {
    let failure: unknown = null;
    let tx: IDBTransaction | null = null;
    const fail = (error: unknown) => {
      failure ??= error;
      try {
        tx?.abort();
      } catch {
        // Already finished: onabort or oncomplete reports.
      }
    };
    try {
      tx = db.transaction([STORE, FEATURES], 'readwrite');
      run(tx, fail);
    } catch (error) {
      fail(error);
      reject(failureOf(error));
      return;
    }
    tx.oncomplete = () => resolve();
    tx.onabort = () => reject(failureOf(failure ?? tx?.error ?? new Error('transaction aborted')));
    tx.onerror = (event) => event.preventDefault();
  });
}

const partsOf = (id: string) => IDBKeyRange.bound([id, 0], [id, Number.POSITIVE_INFINITY]);

/** The features array last stored for each layer id: a settings change rewrites no features. */
const storedFeatures = new Map<string, UserLayer['features']>();

/** Replaces a layer's feature parts, one put per request callback (each its own task). */
function putFeatures(store: IDBObjectStore, layer: UserLayer, fail: (e: unknown) => void) {
  store.delete(partsOf(layer.id));
  let part = 0;
  const next = () => {
    const from = part * CHUNK;
    if (from >= layer.features.length) return;
    try {
      const request = store.put(layer.features.slice(from, from + CHUNK), [layer.id, part++]);
      request.onsuccess = next;
    } catch (error) {
      fail(error);
    }
  };
  next();
}

type Stored = UserLayer & { chunks?: number };

function request<T>(r: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(failureOf(r.error));
  });
}

/** Every stored layer, oldest import first. */
export async function loadUserLayers(): Promise<UserLayer[]> {
  const db = await openDb();
  const tx = db.transaction([STORE, FEATURES], 'readonly');
  const features = tx.objectStore(FEATURES);
  const [records, keys, parts] = await Promise.all([
    request(tx.objectStore(STORE).getAll() as IDBRequest<Stored[]>),
    request(features.getAllKeys()),
    request(features.getAll() as IDBRequest<UserLayer['features'][]>),
  ]);
  // Keys sort by layer id, then part number: each layer's parts come in order.
  const byLayer = new Map<string, UserLayer['features']>();
  keys.forEach((key, i) => {
    const id = (key as [string, number])[0];
    const list = byLayer.get(id) ?? [];
    for (const f of parts[i] ?? []) list.push(f);
    byLayer.set(id, list);
  });
  const all = records.map(({ chunks, ...layer }): UserLayer => {
    // A version-1 record holds its features inline: its next save writes them as parts.
    if (chunks === undefined) return layer;
    const stored = byLayer.get(layer.id) ?? [];
    storedFeatures.set(layer.id, stored);
    return { ...layer, features: stored };
  });
  return all.sort((a, b) => a.importedAt.localeCompare(b.importedAt) || a.id.localeCompare(b.id));
}

/**
 * Stores one layer in one transaction: its settings, and its features in parts unless the same
 * features array is stored already (a rename, a colour, a use).
 */
export async function saveUserLayer(layer: UserLayer): Promise<void> {
  const withFeatures = storedFeatures.get(layer.id) !== layer.features;
  const chunks = Math.ceil(layer.features.length / CHUNK);
  await write((tx, fail) => {
    const record: Stored = { ...layer, features: [], chunks };
    tx.objectStore(STORE).put(record);
    if (withFeatures) putFeatures(tx.objectStore(FEATURES), layer, fail);
  });
  storedFeatures.set(layer.id, layer.features);
}

export async function deleteUserLayer(id: string): Promise<void> {
  await write((tx) => {
    tx.objectStore(STORE).delete(id);
    tx.objectStore(FEATURES).delete(partsOf(id));
  });
  storedFeatures.delete(id);
}
