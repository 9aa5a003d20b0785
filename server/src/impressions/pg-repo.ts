import { DAY_CAPACITY } from '@hcc/shared/reports/day-capacity';
import { groupShowings } from '@hcc/shared/reports/aggregate';
import type { Impression, ImpressionBatchResult } from '@hcc/shared/schemas/impression';
import { allRows, changes, firstRow, PG_LOCKS, type Pg, type PgClient, transaction } from '../db/pg';
import { GENESIS, type Keying, keyedRowLink, type StoredRow, type StoredSummary } from './chain';
import { type AnchorRow, anchorMac, type ChainLog, type CheckRow, compareFingerprint, type HeadRow } from './check-chain';
import type { LogKey } from './log-key';
import { pgRollUp } from './pg-roll-up';
import { pgSummaryRepo } from './pg-summaries';
import { type GroupTuple, readGroups, type RollUpReads } from './read-groups';
import { checkRollUps, type RollUpSource, SEAL_LINE_SQL, type SealRow } from './rollup-check';
import { walkBeside } from './walk-in-worker';
import { pgWalkPages } from './walk-pages';
import { type ImpressionRepo, keyingFrom, pruneLastSql, type RefusalRow, showingKey, showingsBetween, toChainedRow, verifier } from './repo';

// Sums over BIGINT are NUMERIC, which node-postgres gives as strings: they are cast back to BIGINT.
const SUMS = 'device_id, playlist_id, playlist_version, item_id, SUM(showings)::bigint, SUM(play_ms)::bigint, SUM(completed)::bigint, MIN(first_at), MAX(last_at)';
const KEYS = 'device_id, playlist_id, playlist_version, item_id';

const COLUMNS = 'seq, id, device_id, item_id, playlist_id, playlist_version, started_at, duration_ms, completed, reason, received_at, chain_hash';
// The batch travels as one JSON text: node-postgres escapes array parameters element by element in
// JavaScript, inside the chain's lock (12 arrays of 500: ~8 % of the server's time per batch), where
// JSON.stringify is native and PostgreSQL parses it in C.
const INSERT = `INSERT INTO impressions (${COLUMNS})
  SELECT ${COLUMNS} FROM json_to_recordset($1::json) AS r(seq bigint, id text, device_id text, item_id text, playlist_id text, playlist_version bigint,
    started_at text, duration_ms bigint, completed bigint, reason text, received_at text, chain_hash text)
  ON CONFLICT (id) DO NOTHING`;
const HEAD = `SELECT last.seq, last.chain_hash, ARRAY(SELECT id FROM impressions WHERE id = ANY(ARRAY(SELECT json_array_elements_text($1::json)))) AS seen,
    ARRAY(SELECT json_build_array(device_id, started_at, item_id, playlist_id, playlist_version, duration_ms)::text FROM impressions
      WHERE started_at = ANY(ARRAY(SELECT json_array_elements_text($2::json)))) AS shown
  FROM (SELECT 1) AS one LEFT JOIN (SELECT seq, chain_hash FROM impressions ORDER BY seq DESC LIMIT 1) AS last ON true`;

/**
 * Stores a batch and links it into the chain. Every node takes the same transaction-scoped advisory
 * lock first, so batches from any node follow one another and no two link to the same predecessor;
 * holding it, the batch can be numbered and hashed in memory and written in one statement.
 */
async function insertBatch(c: PgClient, k: Keying, batch: Impression[], receivedAt: string): Promise<ImpressionBatchResult> {
  const link = keyedRowLink(k);
  await c.query('SELECT pg_advisory_xact_lock($1)', [PG_LOCKS.impressionChain]);
  // The last row, the ids already stored and the showings stored at the batch's starts, in one round
  // trip: the lock is held until the commit. A replayed id, or the same showing under another id
  // (showingKey), inserts nothing, and the chain goes on from the row that is really last.
  const starts = JSON.stringify([...new Set(batch.map((i) => i.startedAt))]);
  const head = await firstRow<{ seq: number | null; chain_hash: string | null; seen: string[]; shown: string[] }>(c, HEAD, [JSON.stringify(batch.map((i) => i.id)), starts]);
  const seen = new Set(head?.seen);
  const shown = new Set(
    head?.shown.map((j) => {
      const [device_id, started_at, item_id, playlist_id, playlist_version, duration_ms] = JSON.parse(j) as [string, string, string, string, number, number];
      return showingKey({ device_id, started_at, item_id, playlist_id, playlist_version, duration_ms });
    }),
  );
  let seq = head?.seq ?? 0;
  let prev = head?.chain_hash ?? GENESIS;
  const rows: StoredRow[] = [];
  const stored: Impression[] = [];
  for (const i of batch) {
    const row = toChainedRow(i, receivedAt);
    const key = showingKey(row);
    if (seen.has(i.id) || (key !== null && shown.has(key))) continue;
    seen.add(i.id);
    if (key !== null) shown.add(key);
    prev = link(prev, row);
    seq += 1;
    rows.push({ ...row, seq, chain_hash: prev });
    stored.push(i);
  }
  if (!rows.length) return { accepted: 0, duplicates: batch.length };
  const inserted = await changes(c, INSERT, [JSON.stringify(rows)]);
  // Holding the lock, every new id must land. One that did not means a writer went round the lock,
  // and the hashes just computed would skip a row: refuse the batch, the device sends it again.
  if (inserted !== rows.length) throw new Error(`impression batch: ${rows.length - inserted} rows were stored by another writer meanwhile`);
  // Only what was really stored is counted, so a replay never inflates the roll-up.
  await pgRollUp(c, [...groupShowings(stored).values()]);
  return { accepted: stored.length, duplicates: batch.length - stored.length };
}

type KeyingRow = { key_id: string; from_seq: number; summaries_from_seq: number; started_at: string };

/** Reads, or at the first start with a key writes, where keyed hashing starts (under the chain lock). */
async function pgKeying(db: Pg, key: LogKey): Promise<Keying> {
  const read = () => firstRow<KeyingRow>(db, 'SELECT key_id, from_seq, summaries_from_seq, started_at FROM chain_keying WHERE id = 1');
  const found = keyingFrom(await read(), key);
  if (found) return found;
  await transaction(db, async (c) => {
    await c.query('SELECT pg_advisory_xact_lock($1)', [PG_LOCKS.impressionChain]);
    await c.query(
      `INSERT INTO chain_keying (id, key_id, from_seq, summaries_from_seq, started_at)
       SELECT 1, $1, coalesce((SELECT MAX(seq) FROM impressions), 0), coalesce((SELECT MAX(seq) FROM impression_summaries), 0), $2
       ON CONFLICT (id) DO NOTHING`,
      [key.id, new Date().toISOString()],
    );
  });
  return keyingFrom(await read(), key) as Keying;
}

export function pgImpressionRepo(db: Pg, key: LogKey): ImpressionRepo {
  let keyingOnce: Promise<Keying> | null = null;
  const keying = () =>
    (keyingOnce ??= pgKeying(db, key).catch((err: unknown) => {
      keyingOnce = null;
      throw err;
    }));
  // Raw arrays in column order, as the SQLite repo reads them. SQLite hands groups back in key order
  // (its roll-up tables are clustered on the key, and GROUP BY sorts); PostgreSQL must be asked to.
  const tuples = async (text: string, values: unknown[], on: Pick<Pg, 'query'> = db) => (await on.query<GroupTuple>({ text, values, rowMode: 'array' })).rows;
  const DAYS = `SELECT day, ${KEYS}, showings, play_ms, completed, first_at, last_at FROM impression_daily WHERE day >= $1 AND day <= $2 ORDER BY day, ${KEYS}`;
  const MONTHS_FROM_DAYS = `SELECT substr(day, 1, 7) || '-01' AS m, ${SUMS} FROM impression_daily WHERE day >= $1 AND day <= $2 GROUP BY m, ${KEYS} ORDER BY m, ${KEYS}`;
  const MONTHS = `SELECT month, ${KEYS}, showings, play_ms, completed, first_at, last_at FROM impression_monthly WHERE month >= $1 AND month <= $2 ORDER BY month, ${KEYS}`;
  const rollUps: RollUpReads = {
    days: (from, to) => tuples(DAYS, [from, to]),
    // The Monday of the day's week, as text: ISO day of week 1 is Monday.
    weeks: (from, to) =>
      tuples(
        `SELECT to_char(day::date - (extract(isodow FROM day::date)::int - 1), 'YYYY-MM-DD') COLLATE "C" AS wk, ${SUMS} FROM impression_daily WHERE day >= $1 AND day <= $2
         GROUP BY wk, ${KEYS} ORDER BY wk, ${KEYS}`,
        [from, to],
      ),
    monthsFromDays: (from, to) => tuples(MONTHS_FROM_DAYS, [from, to]),
    months: (first, last) => tuples(MONTHS, [first, last]),
  };
  const hashesAt = (table: string) => async (seqs: number[]) =>
    new Map((await allRows<{ seq: number; chain_hash: string | null }>(db, `SELECT seq, chain_hash FROM ${table} WHERE seq = ANY($1::bigint[])`, [seqs])).map((r) => [r.seq, r.chain_hash]));
  const chainLog: ChainLog = {
    keying,
    lastCheck: () => firstRow<CheckRow>(db, 'SELECT * FROM chain_checks ORDER BY id DESC LIMIT 1'),
    lastFullCheckAt: async () => (await firstRow<{ checked_at: string }>(db, 'SELECT checked_at FROM chain_checks WHERE "full" = 1 ORDER BY id DESC LIMIT 1'))?.checked_at ?? null,
    walk: (k, from) => walkBeside(db.options.connectionString ? { engine: 'pg', url: db.options.connectionString } : null, pgWalkPages(db), k, from),
    recordCheck: async (k) =>
      void (await changes(
        db,
        'INSERT INTO chain_checks (checked_at, "full", rows, last_seq, last_hash, summary_seq, summary_hash, ok, broken_seq, broken_id, broken_json) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)',
        [k.checked_at, k.full, k.rows, k.last_seq, k.last_hash, k.summary_seq, k.summary_hash, k.ok, k.broken_seq, k.broken_id, k.broken_json],
      )),
    anchor: () => firstRow<AnchorRow>(db, 'SELECT seq, hash, pruned_at, mac FROM chain_anchors ORDER BY seq DESC LIMIT 1'),
    heads: () => allRows<HeadRow>(db, 'SELECT recorded_at, reason, day, seq, hash, summary_seq, summary_hash, mac FROM chain_heads ORDER BY id'),
    hashesAt: hashesAt('impressions'),
    summaryHashesAt: hashesAt('impression_summaries'),
    recordHead: async (h) =>
      void (await changes(db, 'INSERT INTO chain_heads (recorded_at, reason, day, seq, hash, summary_seq, summary_hash, mac) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)', [
        h.recorded_at,
        h.reason,
        h.day,
        h.seq,
        h.hash,
        h.summary_seq,
        h.summary_hash,
        h.mac,
      ])),
  };
  const before = (table: string) => async (seqs: number[]) =>
    new Map(
      (
        await db.query<[number, string | null]>({
          text: `SELECT s, (SELECT chain_hash FROM ${table} WHERE seq < s ORDER BY seq DESC LIMIT 1) FROM unnest($1::bigint[]) AS s`,
          values: [seqs],
          rowMode: 'array',
        })
      ).rows,
    );
  const [hashBefore, summaryHashBefore] = [before('impressions'), before('impression_summaries')];
  const rollUpSource: RollUpSource = {
    dayTexts: async (from, to) =>
      new Map(
        (
          await db.query<[string, string]>({
            text: `SELECT day, string_agg(line, chr(30) ORDER BY line COLLATE "C") FROM (SELECT day, ${SEAL_LINE_SQL('chr(31)')} AS line FROM impression_daily WHERE day >= $1 AND day <= $2) AS lines GROUP BY day`,
            values: [from, to],
            rowMode: 'array',
          })
        ).rows,
      ),
    seals: (from, to) => allRows<SealRow>(db, 'SELECT * FROM rollup_seals WHERE day >= $1 AND day <= $2', [from, to]),
    putSeal: async (x) =>
      void (await changes(
        db,
        `INSERT INTO rollup_seals (day, groups, showings, digest, sealed_at) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (day) DO UPDATE SET groups = excluded.groups, showings = excluded.showings, digest = excluded.digest, sealed_at = excluded.sealed_at`,
        [x.day, x.groups, x.showings, x.digest, x.sealed_at],
      )),
    // One snapshot for the three reads, so a batch stored meanwhile is in all of them or in none.
    dayEvidence: async (day) => {
      const c = await db.connect();
      try {
        await c.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
        const start = Date.parse(`${day}T00:00:00+07:00`);
        const [lo, hi] = [new Date(start - 86_400_000).toISOString(), new Date(start + 2 * 86_400_000).toISOString()];
        const rollUp = await tuples(DAYS, [day, day], c);
        const raw = await allRows<StoredRow>(c, 'SELECT * FROM impressions WHERE started_at >= $1 AND started_at < $2', [lo, hi]);
        const summaries = await allRows<StoredSummary>(c, 'SELECT * FROM impression_summaries WHERE day = $1', [day]);
        await c.query('COMMIT');
        return { rollUp, raw, summaries };
      } catch (err) {
        await c.query('ROLLBACK').catch(() => undefined);
        throw err;
      } finally {
        c.release();
      }
    },
    months: async (first, lastMonth) => {
      const end = new Date(Date.UTC(Number(lastMonth.slice(0, 4)), Number(lastMonth.slice(5, 7)), 0)).toISOString().slice(0, 10);
      return { months: await tuples(MONTHS, [first, lastMonth]), fromDays: await tuples(MONTHS_FROM_DAYS, [first, end]) };
    },
    hashesBefore: (chain, seqs) => (chain === 'impressions' ? hashBefore : summaryHashBefore)(seqs),
    keying,
    anchorHash: async () => (await firstRow<{ hash: string }>(db, 'SELECT hash FROM chain_anchors ORDER BY seq DESC LIMIT 1'))?.hash ?? null,
    keptFrom: async () =>
      (
        await firstRow<{ d: string | null }>(
          db,
          `SELECT CASE WHEN EXISTS (SELECT 1 FROM chain_anchors)
             THEN (SELECT to_char(MIN((started_at::timestamptz AT TIME ZONE 'UTC') + interval '7 hours') + interval '1 day', 'YYYY-MM-DD') FROM impressions) END AS d`,
        )
      )?.d ?? null,
  };
  const dayOf = (col: string) => `to_char((${col}::timestamptz AT TIME ZONE 'UTC') + interval '7 hours', 'YYYY-MM-DD')`;
  return {
    ...pgSummaryRepo(db, keying),
    keying,
    insertBatch: async (batch, receivedAt) => {
      const k = await keying();
      return transaction(db, (c) => insertBatch(c, k, batch, receivedAt));
    },
    count: async () => (await firstRow<{ n: number }>(db, 'SELECT COUNT(*) AS n FROM impressions'))?.n ?? 0,
    ...verifier(chainLog),
    compareFingerprint: (fp) => compareFingerprint(chainLog, fp),
    checkRollUps: (from, to, at) => checkRollUps(rollUpSource, from, to, at),
    recordRefusals: async (deviceId, rs, at) => {
      if (!rs.length) return;
      await changes(
        db,
        `INSERT INTO impression_refusals AS t (device_id, reason, count, last_at, example)
         SELECT $1, r, n, $2, e FROM unnest($3::text[], $4::bigint[], $5::text[]) AS u(r, n, e)
         ON CONFLICT (device_id, reason) DO UPDATE SET count = t.count + excluded.count, last_at = excluded.last_at, example = excluded.example`,
        [deviceId, at, rs.map((r) => r.reason), rs.map((r) => r.count), rs.map((r) => r.example)],
      );
    },
    refusals: () => allRows<RefusalRow>(db, 'SELECT * FROM impression_refusals ORDER BY device_id, reason'),
    prune: async (beforeIso, at) => {
      const k = await keying();
      // Seal the days about to lose their rows, while they can still be compared with them.
      const span = await firstRow<{ lo: string | null; hi: string | null }>(
        db,
        `SELECT MIN(${dayOf('started_at')}) AS lo, MAX(${dayOf('started_at')}) AS hi FROM impressions WHERE seq <= (SELECT seq FROM (${pruneLastSql('$1')}) AS p)`,
        [beforeIso],
      );
      if (span?.lo && span.hi) await checkRollUps(rollUpSource, span.lo, span.hi, at);
      return transaction(db, async (c) => {
        // The same lock as ingest: no batch links onto rows being removed.
        await c.query('SELECT pg_advisory_xact_lock($1)', [PG_LOCKS.impressionChain]);
        const last = await firstRow<{ seq: number; chain_hash: string }>(c, pruneLastSql('$1'), [beforeIso]);
        if (!last) return 0;
        // The delete trigger lets this transaction, and only it, remove rows.
        await c.query("SET LOCAL hcc.pruning = 'on'");
        const pruned = await changes(c, 'DELETE FROM impressions WHERE seq <= $1', [last.seq]);
        const a = { seq: last.seq, hash: last.chain_hash, pruned_at: at };
        await changes(c, 'INSERT INTO chain_anchors (seq, hash, pruned_rows, pruned_at, mac) VALUES ($1, $2, $3, $4, $5)', [a.seq, a.hash, pruned, at, anchorMac(k, a)]);
        return pruned;
      });
    },
    groups: (from, to, grain) => readGroups(rollUps, from, to, grain),
    overfullDays: async (from, to) =>
      (
        await db.query<[string, string, string, string]>({
          text: `SELECT day, device_id, SUM(showings), SUM(play_ms) FROM impression_daily WHERE day >= $1 AND day <= $2
                 GROUP BY day, device_id HAVING SUM(showings) > $3 OR SUM(play_ms) > $4 ORDER BY day, device_id`,
          values: [from, to, DAY_CAPACITY.showings, DAY_CAPACITY.playMs],
          rowMode: 'array',
        })
      ).rows.map(([day, deviceId, showings, playMs]) => ({ day, deviceId, showings: Number(showings), playMs: Number(playMs) })),
    daysOnAir: async (from, to) =>
      new Map(
        (
          await db.query<[string, number]>({
            text: 'SELECT device_id, COUNT(DISTINCT day) FROM impression_daily WHERE day >= $1 AND day <= $2 GROUP BY device_id ORDER BY device_id',
            values: [from, to],
            rowMode: 'array',
          })
        ).rows,
      ),
    between: (from, to) => showingsBetween(from, to, (lo, hi) => allRows<StoredRow>(db, 'SELECT * FROM impressions WHERE started_at >= $1 AND started_at < $2 ORDER BY started_at', [lo, hi])),
  };
}
