import type { UserLayer } from './user-layer';

const DB_NAME = 'jlp-user-data';
const DB_VERSION = 1;
const STORE = 'layers';

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
      if (!request.result.objectStoreNames.contains(STORE)) {
        request.result.createObjectStore(STORE, { keyPath: 'id' });
      }
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
 * all-or-nothing in IndexedDB, so a failed save leaves what was stored before untouched.
 */
async function write(run: (store: IDBObjectStore) => void): Promise<void> {
  const db = await openDb();
  await new Promise<void>((resolve, reject) => {
    let tx: IDBTransaction;
    try {
      tx = db.transaction(STORE, 'readwrite');
      run(tx.objectStore(STORE));
    } catch (error) {
      reject(failureOf(error));
      return;
    }
    tx.oncomplete = () => resolve();
    tx.onabort = () => reject(failureOf(tx.error ?? new Error('transaction aborted')));
    tx.onerror = (event) => event.preventDefault();
  });
}

/** Every stored layer, oldest import first. */
export async function loadUserLayers(): Promise<UserLayer[]> {
  const db = await openDb();
  const all = await new Promise<UserLayer[]>((resolve, reject) => {
    const request = db.transaction(STORE, 'readonly').objectStore(STORE).getAll();
    request.onsuccess = () => resolve(request.result as UserLayer[]);
    request.onerror = () => reject(failureOf(request.error));
  });
  return all.sort((a, b) => a.importedAt.localeCompare(b.importedAt) || a.id.localeCompare(b.id));
}

/** Stores one layer (features and settings together) in one transaction. */
export function saveUserLayer(layer: UserLayer): Promise<void> {
  return write((store) => store.put(layer));
}

export function deleteUserLayer(id: string): Promise<void> {
  return write((store) => store.delete(id));
}
