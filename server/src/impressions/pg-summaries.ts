import type { ImpressionSummary } from '@hcc/shared/schemas/impression';
import { allRows, PG_LOCKS, type Pg, transaction } from '../db/pg';
import { columnsOf, pgRollUp } from './pg-roll-up';
import { type SummaryRepo, type SummaryRow, toGroup, toSummary, toSummaryRow } from './summaries';

const INSERT = `INSERT INTO impression_summaries (id, device_id, item_id, playlist_id, playlist_version, day, showings, play_ms, completed, first_at, last_at, received_at)
  SELECT *, $12::text FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::bigint[], $6::text[], $7::bigint[], $8::bigint[], $9::bigint[], $10::text[], $11::text[])
  ON CONFLICT (id) DO NOTHING RETURNING id`;
const FIELDS: ((r: SummaryRow) => unknown)[] = [(r) => r.id, (r) => r.device_id, (r) => r.item_id, (r) => r.playlist_id, (r) => r.playlist_version, (r) => r.day, (r) => r.showings, (r) => r.play_ms, (r) => r.completed, (r) => r.first_at, (r) => r.last_at];

export function pgSummaryRepo(db: Pg): SummaryRepo {
  return {
    insertSummaries: (summaries, receivedAt) =>
      transaction(db, async (c) => {
        // The ingest's lock: roll-up rows are then updated by one writer at a time, never in two
        // orders at once (which PostgreSQL would end as a deadlock).
        await c.query('SELECT pg_advisory_xact_lock($1)', [PG_LOCKS.impressionChain]);
        const inserted = new Set((await allRows<{ id: string }>(c, INSERT, [...columnsOf(summaries.map(toSummaryRow), FIELDS), receivedAt])).map((r) => r.id));
        // Only what was really stored is counted, so a resent summary never inflates the roll-ups.
        const stored: ImpressionSummary[] = summaries.filter((s) => inserted.delete(s.id));
        await pgRollUp(c, stored.map(toGroup));
        return { accepted: stored.length, duplicates: summaries.length - stored.length };
      }),
    summariesBetween: async (from, to) => (await allRows<SummaryRow>(db, 'SELECT * FROM impression_summaries WHERE day >= $1 AND day <= $2 ORDER BY day, first_at', [from, to])).map(toSummary),
  };
}
