import type { ShowingGroup } from '@hcc/shared/reports/aggregate';
import { changes, type PgClient } from '../db/pg';
import { monthOf } from './read-groups';

const KEYS = 'device_id, playlist_id, playlist_version, item_id';

/**
 * Adds groups to a roll-up table (by day or by month), reading the groups from the CTE `u`. Several days
 * of a batch may share a month, and one statement may touch a row only once, so the groups are summed
 * by key first.
 */
const rollUpInto = (table: string, period: string, p: string) =>
  `INSERT INTO ${table} AS t (${period}, ${KEYS}, showings, play_ms, completed, first_at, last_at)
   SELECT ${p}, d, pl, v, it, SUM(s), SUM(ms), SUM(c), MIN(f COLLATE "C"), MAX(l COLLATE "C") FROM u GROUP BY ${p}, d, pl, v, it
   ON CONFLICT (${period}, ${KEYS}) DO UPDATE SET showings = t.showings + excluded.showings, play_ms = t.play_ms + excluded.play_ms,
     completed = t.completed + excluded.completed, first_at = LEAST(t.first_at, excluded.first_at), last_at = GREATEST(t.last_at, excluded.last_at)`;
/**
 * Both roll-ups in one statement: a batch holds the chain's lock from its first query to its commit,
 * so every round trip saved is time the next batch does not wait.
 */
const ROLL_UP = `WITH u AS (
    SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::bigint[], $5::text[], $6::bigint[], $7::bigint[], $8::bigint[], $9::text[], $10::text[], $11::text[])
      AS u(day, d, pl, v, it, s, ms, c, f, l, month)
  ), daily AS (${rollUpInto('impression_daily', 'day', 'day')})
  ${rollUpInto('impression_monthly', 'month', 'month')}`;

/** Column arrays for an unnest(): one array per field, in the order given. */
export const columnsOf = <T>(rows: readonly T[], fields: ((r: T) => unknown)[]) => fields.map((f) => rows.map(f));

/**
 * Adds groups of showings to both roll-ups, inside the caller's transaction: the one that stores what
 * they count, impressions or a player's summaries, so the two never disagree.
 */
export async function pgRollUp(c: PgClient, groups: readonly ShowingGroup[]): Promise<void> {
  if (!groups.length) return;
  await changes(
    c,
    ROLL_UP,
    columnsOf(groups, [
      (g) => g.day,
      (g) => g.deviceId,
      (g) => g.playlistId,
      (g) => g.playlistVersion,
      (g) => g.itemId,
      (g) => g.showings,
      (g) => g.playMs,
      (g) => g.completed,
      (g) => g.first,
      (g) => g.last,
      (g) => monthOf(g.day),
    ]),
  );
}
