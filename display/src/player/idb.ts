/**
 * A small promise wrapper over IndexedDB for the player's needs: a key-value store (the last good
 * playlist), the impression queue (keyed by impression id, indexed by start) and the summaries the
 * queue folds its oldest records into when it is full. IndexedDB, not localStorage: it holds far
 * more, survives storage pressure better, and does not block the main thread on every write.
 */
const DB_NAME = 'hcc-player';
const DB_VERSION = 2;
export const STORES = { kv: 'kv', impressions: 'impressions', summaries: 'summaries' } as const;
export type StoreName = (typeof STORES)[keyof typeof STORES];
/** The impressions by start time: folding takes the oldest first. */
export const BY_START = 'startedAt';

let opening: Promise<IDBDatabase> | null = null;

function open(): Promise<IDBDatabase> {
  opening ??= new Promise((resolve, reject) => {
    const req = indexedDB.open(DB_NAME, DB_VERSION);
    req.onupgradeneeded = () => {
      const db = req.result;
      if (!db.objectStoreNames.contains(STORES.kv)) db.createObjectStore(STORES.kv);
      const impressions = db.objectStoreNames.contains(STORES.impressions) ? req.transaction?.objectStore(STORES.impressions) : db.createObjectStore(STORES.impressions, { keyPath: 'id' });
      if (impressions && !impressions.indexNames.contains(BY_START)) impressions.createIndex(BY_START, 'startedAt');
      if (!db.objectStoreNames.contains(STORES.summaries)) db.createObjectStore(STORES.summaries, { keyPath: 'id' });
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
export const request = <T>(req: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });

/**
 * Runs `work` in one transaction and resolves once it has committed. `work` may await requests of
 * that transaction but nothing else: the transaction commits as soon as it has none pending.
 */
export async function transact<T>(stores: StoreName[], work: (tx: IDBTransaction) => Promise<T>): Promise<T> {
  const db = await open();
  const tx = db.transaction(stores, 'readwrite');
  const committed = done(tx);
  try {
    const out = await work(tx);
    await committed;
    return out;
  } catch (err) {
    // Undo what `work` did so far; `committed` then rejects with the cause, which is thrown here.
    committed.catch(() => undefined);
    try {
      tx.abort();
    } catch {
      // The transaction had already finished: there is nothing left to undo.
    }
    throw err;
  }
}

export async function kvGet(key: string): Promise<unknown> {
  const db = await open();
  return request(db.transaction(STORES.kv).objectStore(STORES.kv).get(key));
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

export async function count(store: StoreName): Promise<number> {
  const db = await open();
  return request(db.transaction(store).objectStore(store).count());
}
