import { groupShowings } from '@hcc/shared/reports/aggregate';
import type { Impression, ImpressionBatchResult } from '@hcc/shared/schemas/impression';
import { allRows, changes, firstRow, PG_LOCKS, type Pg, type PgClient, transaction } from '../db/pg';
import { chainHash, GENESIS, type StoredRow } from './chain';
import { type ChainLog, type CheckRow, checkChain } from './check-chain';
import { columnsOf, pgRollUp } from './pg-roll-up';
import { pgSummaryRepo } from './pg-summaries';
import { type GroupTuple, readGroups, type RollUpReads } from './read-groups';
import { type ImpressionRepo, pruneLastSql, showingsBetween, toChainedRow } from './store';

// Sums over BIGINT are NUMERIC, which node-postgres gives as strings: they are cast back to BIGINT.
const SUMS = 'device_id, playlist_id, playlist_version, item_id, SUM(showings)::bigint, SUM(play_ms)::bigint, SUM(completed)::bigint, MIN(first_at), MAX(last_at)';
const KEYS = 'device_id, playlist_id, playlist_version, item_id';

const COLUMNS = 'seq, id, device_id, item_id, playlist_id, playlist_version, started_at, duration_ms, completed, reason, received_at, chain_hash';
const INSERT = `INSERT INTO impressions (${COLUMNS})
  SELECT * FROM unnest($1::bigint[], $2::text[], $3::text[], $4::text[], $5::text[], $6::bigint[], $7::text[], $8::bigint[], $9::bigint[], $10::text[], $11::text[], $12::text[])
  ON CONFLICT (id) DO NOTHING`;

/**
 * Stores a batch and links it into the chain. Every node takes the same transaction-scoped advisory
 * lock first, so batches from any node follow one another and no two link to the same predecessor;
 * holding it, the batch can be numbered and hashed in memory and written in one statement.
 */
async function insertBatch(c: PgClient, batch: Impression[], receivedAt: string): Promise<ImpressionBatchResult> {
  await c.query('SELECT pg_advisory_xact_lock($1)', [PG_LOCKS.impressionChain]);
  const last = await firstRow<{ seq: number; chain_hash: string | null }>(c, 'SELECT seq, chain_hash FROM impressions ORDER BY seq DESC LIMIT 1');
  // A replayed id inserts nothing, and the chain goes on from the row that is really last.
  const seen = new Set((await allRows<{ id: string }>(c, 'SELECT id FROM impressions WHERE id = ANY($1::text[])', [batch.map((i) => i.id)])).map((r) => r.id));
  let seq = last?.seq ?? 0;
  let prev = last?.chain_hash ?? GENESIS;
  const rows: StoredRow[] = [];
  const stored: Impression[] = [];
  for (const i of batch) {
    if (seen.has(i.id)) continue;
    seen.add(i.id);
    const row = toChainedRow(i, receivedAt);
    prev = chainHash(prev, row);
    seq += 1;
    rows.push({ ...row, seq, chain_hash: prev });
    stored.push(i);
  }
  if (!rows.length) return { accepted: 0, duplicates: batch.length };
  const fields: ((r: StoredRow) => unknown)[] = [(r) => r.seq, (r) => r.id, (r) => r.device_id, (r) => r.item_id, (r) => r.playlist_id, (r) => r.playlist_version, (r) => r.started_at, (r) => r.duration_ms, (r) => r.completed, (r) => r.reason, (r) => r.received_at, (r) => r.chain_hash];
  const inserted = await changes(c, INSERT, columnsOf(rows, fields));
  // Holding the lock, every new id must land. One that did not means a writer went round the lock,
  // and the hashes just computed would skip a row: refuse the batch, the device sends it again.
  if (inserted !== rows.length) throw new Error(`impression batch: ${rows.length - inserted} rows were stored by another writer meanwhile`);
  // Only what was really stored is counted, so a replay never inflates the roll-up.
  await pgRollUp(c, [...groupShowings(stored).values()]);
  return { accepted: stored.length, duplicates: batch.length - stored.length };
}

export function pgImpressionRepo(db: Pg): ImpressionRepo {
  // Raw arrays in column order, as the SQLite repo reads them. SQLite hands groups back in key order
  // (its roll-up tables are clustered on the key, and GROUP BY sorts); PostgreSQL must be asked to.
  const tuples = async (text: string, values: unknown[]) => (await db.query<GroupTuple>({ text, values, rowMode: 'array' })).rows;
  const rollUps: RollUpReads = {
    days: (from, to) =>
      tuples(`SELECT day, ${KEYS}, showings, play_ms, completed, first_at, last_at FROM impression_daily WHERE day >= $1 AND day <= $2 ORDER BY day, ${KEYS}`, [from, to]),
    // The Monday of the day's week, as text: ISO day of week 1 is Monday.
    weeks: (from, to) =>
      tuples(
        `SELECT to_char(day::date - (extract(isodow FROM day::date)::int - 1), 'YYYY-MM-DD') COLLATE "C" AS wk, ${SUMS} FROM impression_daily WHERE day >= $1 AND day <= $2
         GROUP BY wk, ${KEYS} ORDER BY wk, ${KEYS}`,
        [from, to],
      ),
    monthsFromDays: (from, to) =>
      tuples(`SELECT substr(day, 1, 7) || '-01' AS m, ${SUMS} FROM impression_daily WHERE day >= $1 AND day <= $2 GROUP BY m, ${KEYS} ORDER BY m, ${KEYS}`, [from, to]),
    months: (first, last) =>
      tuples(`SELECT month, ${KEYS}, showings, play_ms, completed, first_at, last_at FROM impression_monthly WHERE month >= $1 AND month <= $2 ORDER BY month, ${KEYS}`, [first, last]),
  };
  const chainLog: ChainLog = {
    lastCheck: () => firstRow<CheckRow>(db, 'SELECT * FROM chain_checks ORDER BY id DESC LIMIT 1'),
    lastFullCheckAt: async () => (await firstRow<{ checked_at: string }>(db, 'SELECT checked_at FROM chain_checks WHERE "full" = 1 ORDER BY id DESC LIMIT 1'))?.checked_at ?? null,
    page: (afterSeq, limit) => allRows<StoredRow>(db, 'SELECT * FROM impressions WHERE seq > $1 ORDER BY seq LIMIT $2', [afterSeq, limit]),
    recordCheck: async (k) =>
      void (await changes(db, 'INSERT INTO chain_checks (checked_at, "full", rows, last_seq, last_hash, ok, broken_seq, broken_id) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)', [
        k.checked_at,
        k.full,
        k.rows,
        k.last_seq,
        k.last_hash,
        k.ok,
        k.broken_seq,
        k.broken_id,
      ])),
    anchor: () => firstRow<{ seq: number; hash: string }>(db, 'SELECT seq, hash FROM chain_anchors ORDER BY seq DESC LIMIT 1'),
  };
  return {
    ...pgSummaryRepo(db),
    insertBatch: (batch, receivedAt) => transaction(db, (c) => insertBatch(c, batch, receivedAt)),
    count: async () => (await firstRow<{ n: number }>(db, 'SELECT COUNT(*) AS n FROM impressions'))?.n ?? 0,
    verify: (opts) => checkChain(chainLog, opts),
    prune: (beforeIso, at) =>
      transaction(db, async (c) => {
        // The same lock as ingest: no batch links onto rows being removed.
        await c.query('SELECT pg_advisory_xact_lock($1)', [PG_LOCKS.impressionChain]);
        const last = await firstRow<{ seq: number; chain_hash: string }>(c, pruneLastSql('$1'), [beforeIso]);
        if (!last) return 0;
        // The delete trigger lets this transaction, and only it, remove rows.
        await c.query("SET LOCAL hcc.pruning = 'on'");
        const pruned = await changes(c, 'DELETE FROM impressions WHERE seq <= $1', [last.seq]);
        await changes(c, 'INSERT INTO chain_anchors (seq, hash, pruned_rows, pruned_at) VALUES ($1, $2, $3, $4)', [last.seq, last.chain_hash, pruned, at]);
        return pruned;
      }),
    groups: (from, to, grain) => readGroups(rollUps, from, to, grain),
    daysOnAir: async (from, to) =>
      new Map((await db.query<[string, number]>({ text: 'SELECT device_id, COUNT(DISTINCT day) FROM impression_daily WHERE day >= $1 AND day <= $2 GROUP BY device_id ORDER BY device_id', values: [from, to], rowMode: 'array' })).rows),
    between: (from, to) => showingsBetween(from, to, (lo, hi) => allRows<StoredRow>(db, 'SELECT * FROM impressions WHERE started_at >= $1 AND started_at < $2 ORDER BY started_at', [lo, hi])),
  };
}
