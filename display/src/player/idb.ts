/**
 * A small promise wrapper over IndexedDB for the player's two needs: a key-value store (the last good
 * playlist) and the impression queue (keyed by impression id). IndexedDB, not localStorage: it holds
 * far more, survives storage pressure better, and does not block the main thread on every write.
 */
const DB_NAME = 'hcc-player';
const DB_VERSION = 1;
export const STORES = { kv: 'kv', impressions: 'impressions' } as const;

let opening: Promise<IDBDatabase> | null = null;

function open(): Promise<IDBDatabase> {
  opening ??= new Promise((resolve, reject) => {
    const req = indexedDB.open(DB_NAME, DB_VERSION);
    req.onupgradeneeded = () => {
      const db = req.result;
      if (!db.objectStoreNames.contains(STORES.kv)) db.createObjectStore(STORES.kv);
      if (!db.objectStoreNames.contains(STORES.impressions)) db.createObjectStore(STORES.impressions, { keyPath: 'id' });
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => {
      opening = null;
      reject(req.error);
    };
  });
  return opening;
}

const done = (tx: IDBTransaction) =>
  new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = tx.onabort = () => reject(tx.error);
  });
const result = <T>(req: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });

export async function kvGet(key: string): Promise<unknown> {
  const db = await open();
  return result(db.transaction(STORES.kv).objectStore(STORES.kv).get(key));
}

export async function kvSet(key: string, value: unknown): Promise<void> {
  const db = await open();
  const tx = db.transaction(STORES.kv, 'readwrite');
  tx.objectStore(STORES.kv).put(value, key);
  await done(tx);
}

export async function queuePut(values: readonly { id: string }[]): Promise<void> {
  const db = await open();
  const tx = db.transaction(STORES.impressions, 'readwrite');
  for (const v of values) tx.objectStore(STORES.impressions).put(v);
  await done(tx);
}

export async function queuePeek(limit: number): Promise<unknown[]> {
  const db = await open();
  return result(db.transaction(STORES.impressions).objectStore(STORES.impressions).getAll(null, limit));
}

export async function queueDelete(ids: readonly string[]): Promise<void> {
  const db = await open();
  const tx = db.transaction(STORES.impressions, 'readwrite');
  for (const id of ids) tx.objectStore(STORES.impressions).delete(id);
  await done(tx);
}

export async function queueCount(): Promise<number> {
  const db = await open();
  return result(db.transaction(STORES.impressions).objectStore(STORES.impressions).count());
}
