import { foldShowings } from '@hcc/shared/playback/fold-showings';
import { type Impression, ImpressionSchema, type ImpressionSummary, ImpressionSummarySchema } from '@hcc/shared/schemas/impression';
import * as z from 'zod/mini';
import { BY_START, request, STORES, transact } from './idb';

/** A kind of record the queue sends: raw impressions, or the summaries folded from them. */
export interface Kind<T extends { id: string }> {
  store: typeof STORES.impressions | typeof STORES.summaries;
  schema: z.ZodMiniType<T>;
}
export const RAW: Kind<Impression> = { store: STORES.impressions, schema: ImpressionSchema };
export const SUMMARIES: Kind<ImpressionSummary> = { store: STORES.summaries, schema: ImpressionSummarySchema };
/** The key of a stored value, read before it is parsed: even a record that no longer parses can be deleted by it. */
const idOf = (v: unknown): string | null => {
  const id: unknown = typeof v === 'object' && v !== null && 'id' in v ? v.id : null;
  return typeof id === 'string' ? id : null;
};

/**
 * The ids of each kind that went out in a send and have not been acknowledged yet. Such a record may
 * already be stored on the server (only its ack was lost), so it is never folded or merged into a
 * summary: it is sent again as it is, and the server's idempotency counts it once.
 */
const inFlightKey = <T extends { id: string }>(kind: Kind<T>) => `inFlight:${kind.store}`;
const IdsSchema = z.array(z.string());

async function readInFlight<T extends { id: string }>(tx: IDBTransaction, kind: Kind<T>): Promise<Set<string>> {
  const parsed = IdsSchema.safeParse(await request(tx.objectStore(STORES.kv).get(inFlightKey(kind))));
  // Never written yet (or not by this player): nothing of this kind has been sent.
  return new Set(parsed.success ? parsed.data : []);
}

/** Splits stored values into records that parse and the ids of those that no longer do. */
function parseAll<T extends { id: string }>(kind: Kind<T>, values: unknown[]): { records: T[]; unreadable: string[] } {
  const records: T[] = [];
  const unreadable: string[] = [];
  for (const v of values) {
    const p = kind.schema.safeParse(v);
    const id = idOf(v);
    if (p.success) records.push(p.data);
    else if (id) unreadable.push(id);
  }
  return { records, unreadable };
}

/**
 * The next batch to send, marked in flight in the same transaction, so a fold can never take a record
 * between being picked and being sent. Records already in flight go first, all of them (none may
 * leave the set before its ack): re-sending them keeps the set to about one batch. Records an older
 * player wrote that no longer parse are dropped, or they would block the queue forever.
 */
export function takeBatch<T extends { id: string }>(kind: Kind<T>, size: number): Promise<T[]> {
  return transact([STORES.kv, kind.store], async (tx) => {
    const store = tx.objectStore(kind.store);
    const flying = await readInFlight(tx, kind);
    const again = (await Promise.all([...flying].map((id) => request(store.get(id))))).filter((v) => v !== undefined);
    const fresh = (await request(store.getAll(null, size + flying.size))).filter((v) => !flying.has(idOf(v) ?? ''));
    const { records, unreadable } = parseAll(kind, [...again, ...fresh].slice(0, Math.max(size, again.length)));
    for (const id of unreadable) store.delete(id);
    tx.objectStore(STORES.kv).put(
      records.map((r) => r.id),
      inFlightKey(kind),
    );
    return records;
  });
}

/** The server took these: they leave the queue and the in-flight set together. */
export function settle<T extends { id: string }>(kind: Kind<T>, ids: readonly string[]): Promise<void> {
  return transact([STORES.kv, kind.store], async (tx) => {
    const flying = await readInFlight(tx, kind);
    for (const id of ids) {
      tx.objectStore(kind.store).delete(id);
      flying.delete(id);
    }
    tx.objectStore(STORES.kv).put([...flying], inFlightKey(kind));
  });
}

/**
 * Folds the `excess` oldest impressions that were never sent into summaries, in one transaction: a
 * showing is either a raw record or part of a summary, never both and never neither. Summaries not
 * sent yet take the new showings of their group; the others stay as they went out.
 */
export function foldOldest(excess: number, newId: () => string): Promise<number> {
  return transact([STORES.kv, STORES.impressions, STORES.summaries], async (tx) => {
    const [flying, flyingSummaries] = [await readInFlight(tx, RAW), await readInFlight(tx, SUMMARIES)];
    const oldest = await request(
      tx
        .objectStore(STORES.impressions)
        .index(BY_START)
        .getAll(null, excess + flying.size),
    );
    const { records, unreadable } = parseAll(RAW, oldest.filter((v) => !flying.has(idOf(v) ?? '')).slice(0, excess));
    const open = parseAll(SUMMARIES, await request(tx.objectStore(STORES.summaries).getAll())).records.filter((s) => !flyingSummaries.has(s.id));
    for (const s of foldShowings(records, open, newId)) tx.objectStore(STORES.summaries).put(s);
    for (const id of [...records.map((r) => r.id), ...unreadable]) tx.objectStore(STORES.impressions).delete(id);
    return records.length;
  });
}
