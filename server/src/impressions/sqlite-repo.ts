import type { ShowingGroup } from '@hcc/shared/reports/aggregate';
import { groupShowings } from '@hcc/shared/reports/aggregate';
import type { IntegrityReport } from '@hcc/shared/reports/report';
import type { Impression, ImpressionBatchResult } from '@hcc/shared/schemas/impression';
import type { Db } from '../db/sqlite';
import { type ChainedRow, GENESIS, type Keying, keyedRowLink, showingsOf, type StoredRow, type StoredSummary } from './chain';
import { type AnchorRow, anchorMac, type ChainLog, type CheckRow, checkChain, compareFingerprint, type HeadRow, recordDayHead } from './check-chain';
import { LOG_KEY_FILE, type LogKey, LogKeyError } from './log-key';
import { type GroupTuple, readGroups, type RollUpReads } from './read-groups';
import { sqliteRollUp } from './roll-up';
import { checkRollUps, type RollUpCheck, type RollUpSource, type SealRow } from './rollup-check';
import { sqliteSummaryRepo, type SummaryRepo } from './summaries';

export interface ImpressionRepo extends SummaryRepo {
  /** Where keyed hashing starts and with which key; refuses (LogKeyError) a key the log was not keyed with. */
  keying(): Promise<Keying>;
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
   * Walks both hash chains, checks every recorded head, records the walk and a new head. `full` starts
   * from the first row; otherwise the walk goes on from where the last one stopped — except that the
   * first check of a process is always full, so a report right after a restart never rests on a walk
   * made before it (while the server was down, the database could have been changed).
   */
  verify(opts: { full: boolean; at: string; reason?: 'report' | 'check' }): Promise<IntegrityReport>;
  /** Where both chains end at the close of a Vietnam day, recorded after a check. */
  recordDayHead(day: string, at: string): Promise<{ report: IntegrityReport; head: HeadRow }>;
  /** Does a fingerprint printed in an earlier report still match the log? */
  compareFingerprint(fingerprint: string): Promise<'matches' | 'differs' | 'pruned' | 'malformed'>;
  /** The daily and monthly totals of days fromDay…toDay against the rows they count. */
  checkRollUps(fromDay: string, toDay: string, at: string): Promise<RollUpCheck>;
  /** Counts showings refused as implausible, per screen and reason, for the screen wall. */
  recordRefusals(deviceId: string, refusals: readonly { reason: string; count: number; example: string }[], at: string): Promise<void>;
  refusals(): Promise<RefusalRow[]>;
  /**
   * Retention: deletes the oldest raw impressions, those received before `beforeIso` (a prefix of the
   * chain, so it still verifies from the anchor left behind). The roll-ups keep counting them; their
   * days are checked against the rows and sealed first, so they can still be checked afterwards.
   */
  prune(beforeIso: string, at: string): Promise<number>;
}

export interface RefusalRow {
  device_id: string;
  reason: string;
  count: number;
  last_at: string;
  example: string;
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
  return showingsOf(rows);
}

/** Where keyed hashing starts: written at the first start with a key, then checked at every start. */
export function keyingFrom(row: { key_id: string; from_seq: number; summaries_from_seq: number; started_at: string } | null | undefined, key: LogKey): Keying | null {
  if (!row) return null;
  if (row.key_id !== key.id)
    throw new LogKeyError(
      `The proof-of-play log in this database is keyed with key ${row.key_id}, but the key from ${key.source} is ${key.id}. ` +
        `Put back the key the log was written with (the file ${LOG_KEY_FILE} from the old DATA_DIR, or the LOG_HMAC_KEY it ran with); see "Backups" in the README. ` +
        'A server with another key would break the chain.',
    );
  return { key, fromSeq: row.from_seq, summariesFromSeq: row.summaries_from_seq, startedAt: row.started_at };
}

/**
 * Wraps a chain log so that the first check of this process is a full walk, and a check already
 * running is joined rather than run twice.
 */
export function verifier(log: ChainLog): { verify: ImpressionRepo['verify']; recordDayHead: ImpressionRepo['recordDayHead'] } {
  let fullDone = false;
  let running: Promise<IntegrityReport> | null = null;
  const verify: ImpressionRepo['verify'] = async ({ full, at, reason = 'check' }) => {
    while (running) await running.catch(() => null);
    const run = checkChain(log, { full: full || !fullDone, at, reason });
    running = run;
    try {
      const r = await run;
      fullDone = true;
      return r;
    } finally {
      running = null;
    }
  };
  return {
    verify,
    recordDayHead: async (day, at) => {
      if (!fullDone) await verify({ full: true, at, reason: 'check' });
      return recordDayHead(log, day, at);
    },
  };
}

export function sqliteImpressionRepo(db: Db, key: LogKey): ImpressionRepo {
  const keyingRow = db.prepare<[], { key_id: string; from_seq: number; summaries_from_seq: number; started_at: string }>('SELECT * FROM chain_keying WHERE id = 1');
  const keying =
    keyingFrom(keyingRow.get(), key) ??
    db.transaction(() => {
      const from = db.prepare<[], { s: number | null }>('SELECT MAX(seq) AS s FROM impressions').get()?.s ?? 0;
      const sums = db.prepare<[], { s: number | null }>('SELECT MAX(seq) AS s FROM impression_summaries').get()?.s ?? 0;
      db.prepare('INSERT INTO chain_keying (id, key_id, from_seq, summaries_from_seq, started_at) VALUES (1, ?, ?, ?, ?)').run(key.id, from, sums, new Date().toISOString());
      return keyingFrom(keyingRow.get(), key) as Keying;
    })();
  const insert = db.prepare(
    `INSERT INTO impressions (id, device_id, item_id, playlist_id, playlist_version, started_at, duration_ms, completed, reason, received_at, chain_hash)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT(id) DO NOTHING`,
  );
  const rollUp = sqliteRollUp(db);
  const link = keyedRowLink(keying);
  const last = db.prepare<[], { chain_hash: string | null }>('SELECT chain_hash FROM impressions ORDER BY seq DESC LIMIT 1');
  const page = db.prepare<[number, number], StoredRow>('SELECT * FROM impressions WHERE seq > ? ORDER BY seq LIMIT ?');
  const summaryPage = db.prepare<[number, number], StoredSummary>('SELECT * FROM impression_summaries WHERE seq > ? ORDER BY seq LIMIT ?');
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
  const anchor = db.prepare<[], AnchorRow>('SELECT seq, hash, pruned_at, mac FROM chain_anchors ORDER BY seq DESC LIMIT 1');
  const pruneTx = db.transaction((beforeIso: string, at: string): number => {
    const last = db.prepare<[string], { seq: number; chain_hash: string }>(pruneLastSql('?')).get(beforeIso);
    if (!last) return 0;
    // The append-only trigger stands aside for this one transaction only.
    db.exec('DROP TRIGGER impressions_no_delete');
    const pruned = db.prepare('DELETE FROM impressions WHERE seq <= ?').run(last.seq).changes;
    db.exec(`CREATE TRIGGER impressions_no_delete BEFORE DELETE ON impressions BEGIN SELECT RAISE(ABORT, 'impressions are append-only'); END`);
    const a = { seq: last.seq, hash: last.chain_hash, pruned_at: at };
    db.prepare('INSERT INTO chain_anchors (seq, hash, pruned_rows, pruned_at, mac) VALUES (?, ?, ?, ?, ?)').run(a.seq, a.hash, pruned, at, anchorMac(keying, a));
    return pruned;
  });
  const recordCheck = db.prepare(
    'INSERT INTO chain_checks (checked_at, full, rows, last_seq, last_hash, summary_seq, summary_hash, ok, broken_seq, broken_id, broken_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const heads = db.prepare<[], HeadRow>('SELECT recorded_at, reason, day, seq, hash, summary_seq, summary_hash, mac FROM chain_heads ORDER BY id');
  const recordHead = db.prepare('INSERT INTO chain_heads (recorded_at, reason, day, seq, hash, summary_seq, summary_hash, mac) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
  const hashesAt = (table: string) => {
    const q = db.prepare<[string], { seq: number; chain_hash: string | null }>(`SELECT seq, chain_hash FROM ${table} WHERE seq IN (SELECT value FROM json_each(?))`);
    return async (seqs: number[]) => new Map(q.all(JSON.stringify(seqs)).map((r) => [r.seq, r.chain_hash]));
  };

  // One transaction per batch: one fsync, and a batch — with its roll-up — is stored whole or not at all.
  const insertAll = db.transaction((batch: Impression[], receivedAt: string): ImpressionBatchResult => {
    const stored: Impression[] = [];
    // Inside the write transaction: no other writer can slip a row between this one and its predecessor.
    let prev = last.get()?.chain_hash ?? GENESIS;
    for (const i of batch) {
      const row = toChainedRow(i, receivedAt);
      const hash = link(prev, row);
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
    keying: async () => keying,
    lastCheck: async () => lastCheck.get() ?? null,
    lastFullCheckAt: async () => lastFullCheck.get()?.checked_at ?? null,
    page: async (afterSeq, limit) => page.all(afterSeq, limit),
    summaryPage: async (afterSeq, limit) => summaryPage.all(afterSeq, limit),
    recordCheck: async (c) =>
      void recordCheck.run(c.checked_at, c.full, c.rows, c.last_seq, c.last_hash, c.summary_seq, c.summary_hash, c.ok, c.broken_seq, c.broken_id, c.broken_json),
    anchor: async () => anchor.get() ?? null,
    heads: async () => heads.all(),
    hashesAt: hashesAt('impressions'),
    summaryHashesAt: hashesAt('impression_summaries'),
    recordHead: async (h) => void recordHead.run(h.recorded_at, h.reason, h.day, h.seq, h.hash, h.summary_seq, h.summary_hash, h.mac),
  };
  const rollUps: RollUpReads = {
    days: async (from, to) => byGrain.days.all(from, to),
    weeks: async (from, to) => byGrain.weeks.all(from, to),
    monthsFromDays: async (from, to) => byGrain.monthsFromDays.all(from, to),
    months: async (first, last) => byGrain.months.all(first, last),
  };
  const before = (table: string) =>
    db.prepare<[string], [number, string | null]>(`SELECT value, (SELECT chain_hash FROM ${table} WHERE seq < value ORDER BY seq DESC LIMIT 1) FROM json_each(?)`).raw();
  const [hashBefore, summaryHashBefore] = [before('impressions'), before('impression_summaries')];
  const summariesOfDay = db.prepare<[string], StoredSummary>('SELECT * FROM impression_summaries WHERE day = ?');
  const seals = db.prepare<[string, string], SealRow>('SELECT * FROM rollup_seals WHERE day >= ? AND day <= ?');
  const putSeal = db.prepare(
    'INSERT INTO rollup_seals (day, groups, showings, digest, sealed_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (day) DO UPDATE SET groups = excluded.groups, showings = excluded.showings, digest = excluded.digest, sealed_at = excluded.sealed_at',
  );
  const keptFrom = db.prepare<[], { d: string | null }>(`SELECT CASE WHEN EXISTS (SELECT 1 FROM chain_anchors) THEN (SELECT date(MIN(started_at), '+7 hours', '+1 day') FROM impressions) END AS d`);
  // Read in one go, with no await between: nothing of this process writes in the middle.
  const dayEvidence = db.transaction((day: string) => {
    const [lo, hi] = [new Date(Date.parse(`${day}T00:00:00+07:00`) - 86_400_000).toISOString(), new Date(Date.parse(`${day}T00:00:00+07:00`) + 2 * 86_400_000).toISOString()];
    return { rollUp: byGrain.days.all(day, day), raw: between.all(lo, hi), summaries: summariesOfDay.all(day) };
  });
  const rollUpSource: RollUpSource = {
    days: async (from, to) => byGrain.days.all(from, to),
    seals: async (from, to) => seals.all(from, to),
    putSeal: async (x) => void putSeal.run(x.day, x.groups, x.showings, x.digest, x.sealed_at),
    dayEvidence: async (day) => dayEvidence(day),
    months: async (first, lastMonth) => {
      const end = new Date(Date.UTC(Number(lastMonth.slice(0, 4)), Number(lastMonth.slice(5, 7)), 0)).toISOString().slice(0, 10);
      return { months: byGrain.months.all(first, lastMonth), fromDays: byGrain.monthsFromDays.all(first, end) };
    },
    keptFrom: async () => keptFrom.get()?.d ?? null,
    hashesBefore: async (chain, seqs) => new Map((chain === 'impressions' ? hashBefore : summaryHashBefore).all(JSON.stringify(seqs))),
    keying: async () => keying,
    anchorHash: async () => anchor.get()?.hash ?? null,
  };
  const refusalUpsert = db.prepare(
    'INSERT INTO impression_refusals (device_id, reason, count, last_at, example) VALUES (?, ?, ?, ?, ?) ON CONFLICT (device_id, reason) DO UPDATE SET count = count + excluded.count, last_at = excluded.last_at, example = excluded.example',
  );
  const refusals = db.prepare<[], RefusalRow>('SELECT * FROM impression_refusals ORDER BY device_id, reason');
  const recordRefusals = db.transaction((deviceId: string, rs: readonly { reason: string; count: number; example: string }[], at: string) => {
    for (const r of rs) refusalUpsert.run(deviceId, r.reason, r.count, at, r.example);
  });
  const pruneDays = db.prepare<[string], { lo: string | null; hi: string | null }>(
    `SELECT date(MIN(started_at), '+7 hours') AS lo, date(MAX(started_at), '+7 hours') AS hi FROM impressions WHERE seq <= (SELECT seq FROM (${pruneLastSql('?')}))`,
  );

  return {
    ...sqliteSummaryRepo(db, keying),
    keying: async () => keying,
    insertBatch: async (batch, receivedAt) => insertAll(batch, receivedAt),
    count: async () => count.get()?.n ?? 0,
    ...verifier(chainLog),
    compareFingerprint: (fp) => compareFingerprint(chainLog, fp),
    checkRollUps: (from, to, at) => checkRollUps(rollUpSource, from, to, at),
    recordRefusals: async (deviceId, rs, at) => recordRefusals(deviceId, rs, at),
    refusals: async () => refusals.all(),
    prune: async (beforeIso, at) => {
      // Seal the days about to lose their rows, while they can still be compared with them.
      const span = pruneDays.get(beforeIso);
      if (span?.lo && span.hi) await checkRollUps(rollUpSource, span.lo, span.hi, at);
      return pruneTx(beforeIso, at);
    },
    groups: (from, to, grain) => readGroups(rollUps, from, to, grain),
    daysOnAir: async (from, to) => new Map(daysOnAir.all(from, to)),
    between: (from, to) => showingsBetween(from, to, async (lo, hi) => between.all(lo, hi)),
  };
}
