import type { ShowingGroup } from '@hcc/shared/reports/aggregate';
import { changes, type PgClient } from '../db/pg';
import { monthOf } from './read-groups';

const KEYS = 'device_id, playlist_id, playlist_version, item_id';

/**
 * Adds groups to a roll-up table (by day or by month). Several days of a batch may share a month, and
 * one statement may touch a row only once, so the groups are summed by key first.
 */
const rollUpInto = (table: string, period: string) =>
  `INSERT INTO ${table} AS t (${period}, ${KEYS}, showings, play_ms, completed, first_at, last_at)
   SELECT p, d, pl, v, it, SUM(s), SUM(ms), SUM(c), MIN(f COLLATE "C"), MAX(l COLLATE "C")
   FROM unnest($1::text[], $2::text[], $3::text[], $4::bigint[], $5::text[], $6::bigint[], $7::bigint[], $8::bigint[], $9::text[], $10::text[]) AS u(p, d, pl, v, it, s, ms, c, f, l)
   GROUP BY p, d, pl, v, it
   ON CONFLICT (${period}, ${KEYS}) DO UPDATE SET showings = t.showings + excluded.showings, play_ms = t.play_ms + excluded.play_ms,
     completed = t.completed + excluded.completed, first_at = LEAST(t.first_at, excluded.first_at), last_at = GREATEST(t.last_at, excluded.last_at)`;
const ROLL_UP_DAY = rollUpInto('impression_daily', 'day');
const ROLL_UP_MONTH = rollUpInto('impression_monthly', 'month');

/** Column arrays for an unnest(): one array per field, in the order given. */
export const columnsOf = <T>(rows: readonly T[], fields: ((r: T) => unknown)[]) => fields.map((f) => rows.map(f));

/**
 * Adds groups of showings to both roll-ups, inside the caller's transaction: the one that stores what
 * they count, impressions or a player's summaries, so the two never disagree.
 */
export async function pgRollUp(c: PgClient, groups: readonly ShowingGroup[]): Promise<void> {
  if (!groups.length) return;
  const rollUp = (period: (day: string) => string) =>
    columnsOf(groups, [
      (g) => period(g.day),
      (g) => g.deviceId,
      (g) => g.playlistId,
      (g) => g.playlistVersion,
      (g) => g.itemId,
      (g) => g.showings,
      (g) => g.playMs,
      (g) => g.completed,
      (g) => g.first,
      (g) => g.last,
    ]);
  await changes(
    c,
    ROLL_UP_DAY,
    rollUp((day) => day),
  );
  await changes(c, ROLL_UP_MONTH, rollUp(monthOf));
}
