import type { ShowingGroup } from '@hcc/shared/reports/aggregate';
import { groupShowings } from '@hcc/shared/reports/aggregate';
import type { IntegrityReport } from '@hcc/shared/reports/report';
import { type Impression, type ImpressionBatchResult, ImpressionReasonSchema } from '@hcc/shared/schemas/impression';
import type { Db } from '../db/sqlite';
import { type ChainedRow, chainHash, GENESIS, type StoredRow } from './chain';
import { type ChainLog, type CheckRow, checkChain } from './check-chain';
import { type GroupTuple, readGroups, type RollUpReads } from './read-groups';
import { sqliteRollUp } from './roll-up';
import { sqliteSummaryRepo, type SummaryRepo } from './summaries';

export interface ImpressionRepo extends SummaryRepo {
  /** Idempotent by impression id: a replayed batch is accepted again but counted once. */
  insertBatch(batch: Impression[], receivedAt: string): Promise<ImpressionBatchResult>;
  count(): Promise<number>;
  /** Showings that started in [from, to), oldest first. */
  between(fromIso: string, toIso: string): Promise<Impression[]>;
  /**
   * The roll-up for Vietnam days fromDay…toDay, both included, grouped by day, by Monday week or by
   * month (`day` is then the week's Monday or the month's first day).
   */
  groups(fromDay: string, toDay: string, grain: Grain): Promise<ShowingGroup[]>;
  /** On how many days of the period each screen logged a showing. */
  daysOnAir(fromDay: string, toDay: string): Promise<Map<string, number>>;
  /**
   * Walks the hash chain and records the walk. `full` starts from the first row; otherwise the walk
   * goes on from where the last good one stopped, so a report re-checks only what is new.
   */
  verify(opts: { full: boolean; at: string }): Promise<IntegrityReport>;
  /**
   * Retention: deletes the oldest raw impressions, those received before `beforeIso` (a prefix of the
   * chain, so it still verifies from the anchor left behind). The roll-ups keep counting them.
   */
  prune(beforeIso: string, at: string): Promise<number>;
}

/**
 * The last row of the prunable prefix: every row up to it was received before the cut-off. Rows are
 * received in seq order, but a node's clock may lag another's; the first row received after the
 * cut-off ends the prefix whatever follows it.
 */
export const pruneLastSql = (param: string) => `SELECT seq, chain_hash FROM impressions
  WHERE seq < coalesce((SELECT MIN(seq) FROM impressions WHERE received_at >= ${param}), (SELECT MAX(seq) + 1 FROM impressions))
  ORDER BY seq DESC LIMIT 1`;

export type Grain = 'day' | 'week' | 'month';

/** An impression as the chain and the impressions table hold it. */
export const toChainedRow = (i: Impression, receivedAt: string): ChainedRow => ({
  id: i.id,
  device_id: i.deviceId,
  item_id: i.itemId,
  playlist_id: i.playlistId,
  playlist_version: i.playlistVersion,
  started_at: i.startedAt,
  duration_ms: i.durationMs,
  completed: i.completed ? 1 : 0,
  reason: i.reason,
  received_at: receivedAt,
});

/**
 * Showings that started in [from, to). Devices send their own offsets ("…+07:00" or "…Z"): the text
 * range handed to `read` is widened by a day, the exact instant decides.
 */
export async function showingsBetween(from: string, to: string, read: (lo: string, hi: string) => Promise<StoredRow[]>): Promise<Impression[]> {
  const day = 86_400_000;
  const [f, t] = [Date.parse(from), Date.parse(to)];
  const rows = (await read(new Date(f - day).toISOString(), new Date(t + day).toISOString())).filter((r) => {
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
}

export function sqliteImpressionRepo(db: Db): ImpressionRepo {
  const insert = db.prepare(
    `INSERT INTO impressions (id, device_id, item_id, playlist_id, playlist_version, started_at, duration_ms, completed, reason, received_at, chain_hash)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT(id) DO NOTHING`,
  );
  const rollUp = sqliteRollUp(db);
  const last = db.prepare<[], { chain_hash: string | null }>('SELECT chain_hash FROM impressions ORDER BY seq DESC LIMIT 1');
  const page = db.prepare<[number, number], StoredRow>('SELECT * FROM impressions WHERE seq > ? ORDER BY seq LIMIT ?');
  const between = db.prepare<[string, string], StoredRow>('SELECT * FROM impressions WHERE started_at >= ? AND started_at < ? ORDER BY started_at');
  const sums = 'device_id, playlist_id, playlist_version, item_id, SUM(showings), SUM(play_ms), SUM(completed), MIN(first_at), MAX(last_at)';
  const keys = 'device_id, playlist_id, playlist_version, item_id';
  const byGrain = {
    days: db.prepare<[string, string], GroupTuple>(`SELECT day, ${keys}, showings, play_ms, completed, first_at, last_at FROM impression_daily WHERE day >= ? AND day <= ?`).raw(),
    weeks: db.prepare<[string, string], GroupTuple>(`SELECT date(day, '-' || ((CAST(strftime('%w', day) AS INTEGER) + 6) % 7) || ' days') AS wk, ${sums} FROM impression_daily WHERE day >= ? AND day <= ? GROUP BY wk, ${keys}`).raw(),
    monthsFromDays: db.prepare<[string, string], GroupTuple>(`SELECT substr(day, 1, 7) || '-01' AS m, ${sums} FROM impression_daily WHERE day >= ? AND day <= ? GROUP BY m, ${keys}`).raw(),
    months: db.prepare<[string, string], GroupTuple>(`SELECT month, ${keys}, showings, play_ms, completed, first_at, last_at FROM impression_monthly WHERE month >= ? AND month <= ?`).raw(),
  };
  const daysOnAir = db.prepare<[string, string], [string, number]>('SELECT device_id, COUNT(DISTINCT day) FROM impression_daily WHERE day >= ? AND day <= ? GROUP BY device_id').raw();
  const count = db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM impressions');
  const lastCheck = db.prepare<[], CheckRow>('SELECT * FROM chain_checks ORDER BY id DESC LIMIT 1');
  const lastFullCheck = db.prepare<[], { checked_at: string }>('SELECT checked_at FROM chain_checks WHERE full = 1 ORDER BY id DESC LIMIT 1');
  const anchor = db.prepare<[], { seq: number; hash: string }>('SELECT seq, hash FROM chain_anchors ORDER BY seq DESC LIMIT 1');
  const pruneTx = db.transaction((beforeIso: string, at: string): number => {
    const last = db.prepare<[string], { seq: number; chain_hash: string }>(pruneLastSql('?')).get(beforeIso);
    if (!last) return 0;
    // The append-only trigger stands aside for this one transaction only.
    db.exec('DROP TRIGGER impressions_no_delete');
    const pruned = db.prepare('DELETE FROM impressions WHERE seq <= ?').run(last.seq).changes;
    db.exec(`CREATE TRIGGER impressions_no_delete BEFORE DELETE ON impressions BEGIN SELECT RAISE(ABORT, 'impressions are append-only'); END`);
    db.prepare('INSERT INTO chain_anchors (seq, hash, pruned_rows, pruned_at) VALUES (?, ?, ?, ?)').run(last.seq, last.chain_hash, pruned, at);
    return pruned;
  });
  const recordCheck = db.prepare('INSERT INTO chain_checks (checked_at, full, rows, last_seq, last_hash, ok, broken_seq, broken_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');

  // One transaction per batch: one fsync, and a batch — with its roll-up — is stored whole or not at all.
  const insertAll = db.transaction((batch: Impression[], receivedAt: string): ImpressionBatchResult => {
    const stored: Impression[] = [];
    // Inside the write transaction: no other writer can slip a row between this one and its predecessor.
    let prev = last.get()?.chain_hash ?? GENESIS;
    for (const i of batch) {
      const row = toChainedRow(i, receivedAt);
      const hash = chainHash(prev, row);
      // A replayed id inserts nothing, and the chain goes on from the row that is really last.
      // Positional parameters: binding by name costs a lookup per column, per row.
      if (insert.run(row.id, row.device_id, row.item_id, row.playlist_id, row.playlist_version, row.started_at, row.duration_ms, row.completed, row.reason, row.received_at, hash).changes === 1) {
        stored.push(i);
        prev = hash;
      }
    }
    // Only what was really stored is counted, so a replay never inflates the roll-up.
    rollUp(groupShowings(stored).values());
    return { accepted: stored.length, duplicates: batch.length - stored.length };
  });

  const chainLog: ChainLog = {
    lastCheck: async () => lastCheck.get() ?? null,
    lastFullCheckAt: async () => lastFullCheck.get()?.checked_at ?? null,
    page: async (afterSeq, limit) => page.all(afterSeq, limit),
    recordCheck: async (c) => void recordCheck.run(c.checked_at, c.full, c.rows, c.last_seq, c.last_hash, c.ok, c.broken_seq, c.broken_id),
    anchor: async () => anchor.get() ?? null,
  };
  const rollUps: RollUpReads = {
    days: async (from, to) => byGrain.days.all(from, to),
    weeks: async (from, to) => byGrain.weeks.all(from, to),
    monthsFromDays: async (from, to) => byGrain.monthsFromDays.all(from, to),
    months: async (first, last) => byGrain.months.all(first, last),
  };

  return {
    ...sqliteSummaryRepo(db),
    insertBatch: async (batch, receivedAt) => insertAll(batch, receivedAt),
    count: async () => count.get()?.n ?? 0,
    verify: (opts) => checkChain(chainLog, opts),
    prune: async (beforeIso, at) => pruneTx(beforeIso, at),
    groups: (from, to, grain) => readGroups(rollUps, from, to, grain),
    daysOnAir: async (from, to) => new Map(daysOnAir.all(from, to)),
    between: (from, to) => showingsBetween(from, to, async (lo, hi) => between.all(lo, hi)),
  };
}
