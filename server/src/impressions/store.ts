import type { Impression, ImpressionBatchResult } from '@hcc/shared/schemas/impression';
import type { Db } from '../db/sqlite';

export interface ImpressionRepo {
  /** Idempotent by impression id: a replayed batch is accepted again but counted once. */
  insertBatch(batch: Impression[], receivedAt: string): Promise<ImpressionBatchResult>;
  count(): Promise<number>;
}

export function sqliteImpressionRepo(db: Db): ImpressionRepo {
  const insert = db.prepare(
    `INSERT INTO impressions (id, device_id, item_id, playlist_id, playlist_version, started_at, duration_ms, completed, reason, received_at)
     VALUES (@id, @deviceId, @itemId, @playlistId, @playlistVersion, @startedAt, @durationMs, @completed, @reason, @receivedAt)
     ON CONFLICT(id) DO NOTHING`,
  );
  const count = db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM impressions');
  // One transaction per batch: one fsync, and a batch is stored whole or not at all.
  const insertAll = db.transaction((batch: Impression[], receivedAt: string): ImpressionBatchResult => {
    let accepted = 0;
    for (const i of batch) accepted += insert.run({ ...i, completed: i.completed ? 1 : 0, receivedAt }).changes;
    return { accepted, duplicates: batch.length - accepted };
  });
  return {
    insertBatch: async (batch, receivedAt) => insertAll(batch, receivedAt),
    count: async () => count.get()?.n ?? 0,
  };
}
