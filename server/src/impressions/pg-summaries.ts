import type { ImpressionSummary } from '@hcc/shared/schemas/impression';
import { allRows, firstRow, PG_LOCKS, type Pg, transaction } from '../db/pg';
import { GENESIS, type Keying, keyedSummaryLink } from './chain';
import { columnsOf, pgRollUp } from './pg-roll-up';
import { foldKey, type SummaryRepo, type SummaryRow, toGroup, toSummary, toSummaryRow } from './summaries';

const INSERT = `INSERT INTO impression_summaries (id, device_id, item_id, playlist_id, playlist_version, day, showings, play_ms, completed, first_at, last_at, seq, chain_hash, received_at)
  SELECT *, $14::text FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::bigint[], $6::text[], $7::bigint[], $8::bigint[], $9::bigint[], $10::text[], $11::text[], $12::bigint[], $13::text[])
  ON CONFLICT (id) DO NOTHING RETURNING id`;
type Linked = SummaryRow & { received_at: string; seq: number; chain_hash: string };
const FIELDS: ((r: Linked) => unknown)[] = [
  (r) => r.id,
  (r) => r.device_id,
  (r) => r.item_id,
  (r) => r.playlist_id,
  (r) => r.playlist_version,
  (r) => r.day,
  (r) => r.showings,
  (r) => r.play_ms,
  (r) => r.completed,
  (r) => r.first_at,
  (r) => r.last_at,
  (r) => r.seq,
  (r) => r.chain_hash,
];

export function pgSummaryRepo(db: Pg, keying: () => Promise<Keying>): SummaryRepo {
  return {
    insertSummaries: async (summaries, receivedAt) => {
      const link = keyedSummaryLink(await keying());
      return transaction(db, async (c) => {
        // The ingest's lock: roll-up rows are then updated by one writer at a time, never in two
        // orders at once (which PostgreSQL would end as a deadlock). It also orders the summaries' chain.
        await c.query('SELECT pg_advisory_xact_lock($1)', [PG_LOCKS.impressionChain]);
        const head = await firstRow<{ seq: number; chain_hash: string | null }>(c, 'SELECT seq, chain_hash FROM impression_summaries ORDER BY seq DESC NULLS LAST LIMIT 1');
        const known = new Set((await allRows<{ id: string }>(c, 'SELECT id FROM impression_summaries WHERE id = ANY($1::text[])', [summaries.map((s) => s.id)])).map((r) => r.id));
        // The folds already stored for these screens and days: the same fold under a new id is a duplicate (foldKey).
        const days = [...new Set(summaries.map((s) => s.day))];
        const devices = [...new Set(summaries.map((s) => s.deviceId))];
        const folded = new Set((await allRows<SummaryRow>(c, 'SELECT * FROM impression_summaries WHERE day = ANY($1::text[]) AND device_id = ANY($2::text[])', [days, devices])).map(foldKey));
        let [seq, prev] = [head?.seq ?? 0, head?.chain_hash ?? GENESIS];
        const rows: Linked[] = [];
        for (const s of summaries) {
          const row = { ...toSummaryRow(s), received_at: receivedAt };
          const key = foldKey(row);
          if (known.has(s.id) || folded.has(key)) continue;
          known.add(s.id);
          folded.add(key);
          prev = link(prev, row);
          seq += 1;
          rows.push({ ...row, seq, chain_hash: prev });
        }
        const inserted = new Set((await allRows<{ id: string }>(c, INSERT, [...columnsOf(rows, FIELDS), receivedAt])).map((r) => r.id));
        // Only what was really stored is counted, so a resent summary never inflates the roll-ups.
        const stored: ImpressionSummary[] = summaries.filter((s) => inserted.delete(s.id));
        await pgRollUp(c, stored.map(toGroup));
        return { accepted: stored.length, duplicates: summaries.length - stored.length };
      });
    },
    summariesBetween: async (from, to) => (await allRows<SummaryRow>(db, 'SELECT * FROM impression_summaries WHERE day >= $1 AND day <= $2 ORDER BY day, first_at', [from, to])).map(toSummary),
  };
}
