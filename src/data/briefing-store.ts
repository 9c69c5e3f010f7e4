import type { BriefingScript } from '../domain/briefing';
import { validateBriefing } from '../domain/briefing-validate';

/** Scripts authored in the app live in this browser's IndexedDB, one record per script id. */
const DB = 'jlp-briefings';
const STORE = 'scripts';

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(STORE, { keyPath: 'id' });
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function run<T>(mode: IDBTransactionMode, fn: (s: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  return open().then(
    (db) =>
      new Promise<T>((resolve, reject) => {
        const tx = db.transaction(STORE, mode);
        const req = fn(tx.objectStore(STORE));
        tx.oncomplete = () => {
          db.close();
          resolve(req.result);
        };
        tx.onerror = () => {
          db.close();
          reject(tx.error);
        };
      }),
  );
}

export function saveStoredScript(script: BriefingScript): Promise<IDBValidKey> {
  return run('readwrite', (s) => s.put(script));
}

/** A saved script, validated again (the store may hold an older shape): null if absent or bad. */
export async function loadStoredScript(id: string): Promise<BriefingScript | null> {
  const raw = await run('readonly', (s) => s.get(id));
  if (raw === undefined) return null;
  const check = validateBriefing(raw);
  return check.ok ? check.script : null;
}

export function deleteStoredScript(id: string): Promise<undefined> {
  return run('readwrite', (s) => s.delete(id));
}
