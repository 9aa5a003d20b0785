import { DAY_CAPACITY } from '@hcc/shared/reports/day-capacity';
import { groupShowings } from '@hcc/shared/reports/aggregate';
import type { Impression, ImpressionBatchResult } from '@hcc/shared/schemas/impression';
import { type Kdb, onKyselyConnection } from '../db/kysely';
import type { Db } from '../db/sqlite';
import { GENESIS, type Keying, keyedRowLink, type StoredRow, type StoredSummary } from './chain';
import { type AnchorRow, anchorMac, type ChainLog, type CheckRow, compareFingerprint, type HeadRow } from './check-chain';
import type { LogKey } from './log-key';
import { type GroupTuple, readGroups, type RollUpReads } from './read-groups';
import { sqliteRollUp } from './roll-up';
import { checkRollUps, type RollUpSource, SEAL_LINE_SQL, type SealRow } from './rollup-check';
import { sqliteSummaryRepo } from './summaries';
import { walkBeside } from './walk-in-worker';
import { sqliteWalkPages } from './walk-pages';
import { type ImpressionRepo, keyingFrom, pruneLastSql, type RefusalRow, showingKey, showingsBetween, toChainedRow, verifier } from './repo';

/**
 * The raw statements run on Kysely's one connection, as its own queries do (onKyselyConnection). A
 * chain walk takes it page by page, not for the whole walk: held for the walk, the walk a minute
 * after start (a million rows, 5–15 s on a loaded machine) stopped every batch being stored meanwhile
 * (the ingest bench saw no ack for 10 s). A long walk does not use it at all: it reads the file
 * through a read-only connection of its own, in a worker thread (walk-in-worker.ts). Rows stored
 * between pages are chained after the ones walked already, as on PostgreSQL.
 */
export function sqliteImpressionRepo(db: Db, key: LogKey, k: Kdb): ImpressionRepo {
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
  // The same showing stored before: the started_at index finds the rows of that instant, and they are
  // compared in SQLite, not read out into JavaScript (every screen's showings at one instant share the entry).
  const shownBefore = db.prepare<[string, string, string, string, number, number], { one: 1 }>(
    'SELECT 1 AS one FROM impressions WHERE started_at = ? AND device_id = ? AND item_id = ? AND playlist_id = ? AND playlist_version = ? AND duration_ms = ? LIMIT 1',
  );
  const rollUp = sqliteRollUp(db);
  const link = keyedRowLink(keying);
  const last = db.prepare<[], { chain_hash: string | null }>('SELECT chain_hash FROM impressions ORDER BY seq DESC LIMIT 1');
  const between = db.prepare<[string, string], StoredRow>('SELECT * FROM impressions WHERE started_at >= ? AND started_at < ? ORDER BY started_at');
  const sums = 'device_id, playlist_id, playlist_version, item_id, SUM(showings), SUM(play_ms), SUM(completed), MIN(first_at), MAX(last_at)';
  const keys = 'device_id, playlist_id, playlist_version, item_id';
  const byGrain = {
    days: db.prepare<[string, string], GroupTuple>(`SELECT day, ${keys}, showings, play_ms, completed, first_at, last_at FROM impression_daily WHERE day >= ? AND day <= ?`).raw(),
    weeks: db
      .prepare<[string, string], GroupTuple>(
        `SELECT date(day, '-' || ((CAST(strftime('%w', day) AS INTEGER) + 6) % 7) || ' days') AS wk, ${sums} FROM impression_daily WHERE day >= ? AND day <= ? GROUP BY wk, ${keys}`,
      )
      .raw(),
    monthsFromDays: db.prepare<[string, string], GroupTuple>(`SELECT substr(day, 1, 7) || '-01' AS m, ${sums} FROM impression_daily WHERE day >= ? AND day <= ? GROUP BY m, ${keys}`).raw(),
    months: db.prepare<[string, string], GroupTuple>(`SELECT month, ${keys}, showings, play_ms, completed, first_at, last_at FROM impression_monthly WHERE month >= ? AND month <= ?`).raw(),
  };
  const daysOnAir = db.prepare<[string, string], [string, number]>('SELECT device_id, COUNT(DISTINCT day) FROM impression_daily WHERE day >= ? AND day <= ? GROUP BY device_id').raw();
  const overfull = db
    .prepare<[string, string, number, number], [string, string, number, number]>(
      `SELECT day, device_id, SUM(showings), SUM(play_ms) FROM impression_daily WHERE day >= ? AND day <= ?
       GROUP BY day, device_id HAVING SUM(showings) > ? OR SUM(play_ms) > ? ORDER BY day, device_id`,
    )
    .raw();
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
    const shown = new Set<string>();
    for (const i of batch) {
      const row = toChainedRow(i, receivedAt);
      const key = showingKey(row);
      // The same showing under another id, stored before or earlier in this batch: a duplicate.
      if (key !== null && (shown.has(key) || shownBefore.get(row.started_at, row.device_id, row.item_id, row.playlist_id, row.playlist_version, row.duration_ms))) continue;
      const hash = link(prev, row);
      // A replayed id inserts nothing, and the chain goes on from the row that is really last.
      // Positional parameters: binding by name costs a lookup per column, per row.
      if (insert.run(row.id, row.device_id, row.item_id, row.playlist_id, row.playlist_version, row.started_at, row.duration_ms, row.completed, row.reason, row.received_at, hash).changes === 1) {
        stored.push(i);
        if (key !== null) shown.add(key);
        prev = hash;
      }
    }
    // Only what was really stored is counted, so a replay never inflates the roll-up.
    rollUp(groupShowings(stored).values());
    return { accepted: stored.length, duplicates: batch.length - stored.length };
  });

  const pages = onKyselyConnection(k, sqliteWalkPages(db));
  const chainLog: ChainLog = {
    ...onKyselyConnection(k, {
      keying: async () => keying,
      lastCheck: async () => lastCheck.get() ?? null,
      lastFullCheckAt: async () => lastFullCheck.get()?.checked_at ?? null,
      recordCheck: async (c) => void recordCheck.run(c.checked_at, c.full, c.rows, c.last_seq, c.last_hash, c.summary_seq, c.summary_hash, c.ok, c.broken_seq, c.broken_id, c.broken_json),
      anchor: async () => anchor.get() ?? null,
      heads: async () => heads.all(),
      hashesAt: hashesAt('impressions'),
      summaryHashesAt: hashesAt('impression_summaries'),
      recordHead: async (h) => void recordHead.run(h.recorded_at, h.reason, h.day, h.seq, h.hash, h.summary_seq, h.summary_hash, h.mac),
    } satisfies Omit<ChainLog, 'walk'>),
    // A file is opened again by the walk's worker; an in-memory database (throwaway stores) cannot be.
    walk: (kk, from) => walkBeside(db.memory ? null : { engine: 'sqlite', file: db.name }, pages, kk, from),
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
  const dayTexts = db
    .prepare<[string, string], [string, string]>(
      `SELECT day, group_concat(line, char(30) ORDER BY line) FROM (SELECT day, ${SEAL_LINE_SQL('char(31)')} AS line FROM impression_daily WHERE day >= ? AND day <= ?) GROUP BY day`,
    )
    .raw();
  // Read in one go, with no await between: nothing of this process writes in the middle.
  const dayEvidence = db.transaction((day: string) => {
    const [lo, hi] = [new Date(Date.parse(`${day}T00:00:00+07:00`) - 86_400_000).toISOString(), new Date(Date.parse(`${day}T00:00:00+07:00`) + 2 * 86_400_000).toISOString()];
    return { rollUp: byGrain.days.all(day, day), raw: between.all(lo, hi), summaries: summariesOfDay.all(day) };
  });
  const rollUpSource: RollUpSource = {
    dayTexts: async (from, to) => new Map(dayTexts.all(from, to)),
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

  const walks = { ...verifier(chainLog), compareFingerprint: (fp: string) => compareFingerprint(chainLog, fp) };
  const rest: Omit<ImpressionRepo, keyof typeof walks> = {
    ...sqliteSummaryRepo(db, keying),
    keying: async () => keying,
    insertBatch: async (batch, receivedAt) => insertAll(batch, receivedAt),
    count: async () => count.get()?.n ?? 0,
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
    overfullDays: async (from, to) => overfull.all(from, to, DAY_CAPACITY.showings, DAY_CAPACITY.playMs).map(([day, deviceId, showings, playMs]) => ({ day, deviceId, showings, playMs })),
    between: (from, to) => showingsBetween(from, to, async (lo, hi) => between.all(lo, hi)),
  };
  return { ...onKyselyConnection(k, rest), ...walks };
}
