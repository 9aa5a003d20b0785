import type { ShowingGroup } from '@hcc/shared/reports/aggregate';
import type { ImpressionBatchResult, ImpressionSummary } from '@hcc/shared/schemas/impression';
import type { Db } from '../db/sqlite';
import { GENESIS, type Keying, keyedSummaryLink } from './chain';
import { sqliteRollUp } from './roll-up';

/** Showings a player folded while offline past its queue's bound (see display/src/player/impression-queue.ts). */
export interface SummaryRepo {
  /** Idempotent by summary id; what is newly stored is added to both roll-ups in the same transaction. */
  insertSummaries(summaries: ImpressionSummary[], receivedAt: string): Promise<ImpressionBatchResult>;
  /** The summaries of Vietnam days fromDay…toDay, both included, by day. */
  summariesBetween(fromDay: string, toDay: string): Promise<ImpressionSummary[]>;
}

export interface SummaryRow {
  id: string;
  device_id: string;
  item_id: string;
  playlist_id: string;
  playlist_version: number;
  day: string;
  showings: number;
  play_ms: number;
  completed: number;
  first_at: string;
  last_at: string;
}

/** The roll-ups compare first and last as UTC text, whatever offset the player wrote them with. */
export const toSummaryRow = (s: ImpressionSummary): SummaryRow => ({
  id: s.id,
  device_id: s.deviceId,
  item_id: s.itemId,
  playlist_id: s.playlistId,
  playlist_version: s.playlistVersion,
  day: s.day,
  showings: s.showings,
  play_ms: s.playMs,
  completed: s.completed,
  first_at: new Date(s.first).toISOString(),
  last_at: new Date(s.last).toISOString(),
});
export const toSummary = (r: SummaryRow): ImpressionSummary => ({
  id: r.id,
  deviceId: r.device_id,
  itemId: r.item_id,
  playlistId: r.playlist_id,
  playlistVersion: r.playlist_version,
  day: r.day,
  showings: r.showings,
  playMs: r.play_ms,
  completed: r.completed,
  first: r.first_at,
  last: r.last_at,
});
/**
 * One fold, whatever id it was sent under: the same screen's showings of one item on one day, first
 * and last at the same instants, adding up the same, are the fold sent again (folds of different
 * showings cannot share both ends). A resend under a fresh id is a duplicate, never a second count.
 */
export const foldKey = (r: Omit<SummaryRow, 'id'>) => [r.device_id, r.item_id, r.playlist_id, r.playlist_version, r.day, r.first_at, r.last_at, r.showings, r.play_ms, r.completed].join('|');

/** A summary is one roll-up group already. */
export const toGroup = ({ id: _id, ...g }: ImpressionSummary): ShowingGroup => ({ ...g, first: new Date(g.first).toISOString(), last: new Date(g.last).toISOString() });

export function sqliteSummaryRepo(db: Db, keying: Keying): SummaryRepo {
  const insert = db.prepare<[SummaryRow & { received_at: string; seq: number; chain_hash: string }]>(
    `INSERT INTO impression_summaries (id, device_id, item_id, playlist_id, playlist_version, day, showings, play_ms, completed, first_at, last_at, received_at, seq, chain_hash)
     VALUES (@id, @device_id, @item_id, @playlist_id, @playlist_version, @day, @showings, @play_ms, @completed, @first_at, @last_at, @received_at, @seq, @chain_hash)
     ON CONFLICT(id) DO NOTHING`,
  );
  const last = db.prepare<[], { seq: number; chain_hash: string | null }>('SELECT seq, chain_hash FROM impression_summaries ORDER BY seq DESC LIMIT 1');
  const link = keyedSummaryLink(keying);
  const between = db.prepare<[string, string], SummaryRow>('SELECT * FROM impression_summaries WHERE day >= ? AND day <= ? ORDER BY day, first_at');
  const foldsOf = db.prepare<[string, string], SummaryRow>('SELECT * FROM impression_summaries WHERE day = ? AND device_id = ?');
  const rollUp = sqliteRollUp(db);
  const insertAll = db.transaction((summaries: ImpressionSummary[], receivedAt: string): ImpressionBatchResult => {
    // Each stored summary is linked into the summaries' chain, inside the write transaction.
    const head = last.get();
    let [seq, prev] = [head?.seq ?? 0, head?.chain_hash ?? GENESIS];
    // Only what was really stored is counted, so a resent summary never inflates the roll-ups.
    const folded = new Set<string>();
    const stored = summaries.filter((s) => {
      const row = { ...toSummaryRow(s), received_at: receivedAt };
      const key = foldKey(row);
      if (folded.has(key) || foldsOf.all(row.day, row.device_id).some((r) => foldKey(r) === key)) return false;
      const hash = link(prev, row);
      if (insert.run({ ...row, seq: seq + 1, chain_hash: hash }).changes !== 1) return false;
      [seq, prev] = [seq + 1, hash];
      folded.add(key);
      return true;
    });
    rollUp(stored.map(toGroup));
    return { accepted: stored.length, duplicates: summaries.length - stored.length };
  });
  return {
    insertSummaries: async (summaries, receivedAt) => insertAll(summaries, receivedAt),
    summariesBetween: async (from, to) => between.all(from, to).map(toSummary),
  };
}
