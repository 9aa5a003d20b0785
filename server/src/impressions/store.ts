import { type Impression, type ImpressionBatchResult, ImpressionReasonSchema } from '@hcc/shared/schemas/impression';
import type { Db } from '../db/sqlite';
import { type ChainReport, chainHash, GENESIS, type StoredRow, verifyChain } from './chain';

export interface ImpressionRepo {
  /** Idempotent by impression id: a replayed batch is accepted again but counted once. */
  insertBatch(batch: Impression[], receivedAt: string): Promise<ImpressionBatchResult>;
  count(): Promise<number>;
  /** Showings that started in [from, to), oldest first. */
  between(fromIso: string, toIso: string): Promise<Impression[]>;
  /** Recomputes the hash chain over the whole log. */
  verify(): Promise<ChainReport>;
}

export function sqliteImpressionRepo(db: Db): ImpressionRepo {
  const insert = db.prepare(
    `INSERT INTO impressions (id, device_id, item_id, playlist_id, playlist_version, started_at, duration_ms, completed, reason, received_at, chain_hash)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT(id) DO NOTHING`,
  );
  const last = db.prepare<[], { chain_hash: string | null }>('SELECT chain_hash FROM impressions ORDER BY seq DESC LIMIT 1');
  const all = db.prepare<[], StoredRow>('SELECT * FROM impressions ORDER BY seq');
  const between = db.prepare<[string, string], StoredRow>('SELECT * FROM impressions WHERE started_at >= ? AND started_at < ? ORDER BY started_at');
  const count = db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM impressions');
  // One transaction per batch: one fsync, and a batch is stored whole or not at all.
  const insertAll = db.transaction((batch: Impression[], receivedAt: string): ImpressionBatchResult => {
    let accepted = 0;
    // Inside the write transaction: no other writer can slip a row between this one and its predecessor.
    let prev = last.get()?.chain_hash ?? GENESIS;
    for (const i of batch) {
      const row = { id: i.id, device_id: i.deviceId, item_id: i.itemId, playlist_id: i.playlistId, playlist_version: i.playlistVersion, started_at: i.startedAt, duration_ms: i.durationMs, completed: i.completed ? 1 : 0, reason: i.reason, received_at: receivedAt };
      const hash = chainHash(prev, row);
      // A replayed id inserts nothing, and the chain goes on from the row that is really last.
      // Positional parameters: binding by name costs a lookup per column, per row.
      if (insert.run(row.id, row.device_id, row.item_id, row.playlist_id, row.playlist_version, row.started_at, row.duration_ms, row.completed, row.reason, row.received_at, hash).changes === 1) {
        accepted += 1;
        prev = hash;
      }
    }
    return { accepted, duplicates: batch.length - accepted };
  });
  return {
    insertBatch: async (batch, receivedAt) => insertAll(batch, receivedAt),
    count: async () => count.get()?.n ?? 0,
    verify: async () => verifyChain(all.iterate()),
    between: async (from, to) => {
      // Devices send their own offsets ("…+07:00" or "…Z"): the text range is widened by a day, the
      // exact instant decides.
      const day = 86_400_000;
      const [f, t] = [Date.parse(from), Date.parse(to)];
      const rows = between.all(new Date(f - day).toISOString(), new Date(t + day).toISOString()).filter((r) => {
        const at = Date.parse(r.started_at);
        return at >= f && at < t;
      });
      return rows.map((r) => ({
        id: r.id,
        deviceId: r.device_id,
        itemId: r.item_id,
        playlistId: r.playlist_id,
        playlistVersion: r.playlist_version,
        startedAt: r.started_at,
        durationMs: r.duration_ms,
        completed: r.completed === 1,
        reason: ImpressionReasonSchema.parse(r.reason),
      }));
    },
  };
}
