import type { ShowingGroup } from '@hcc/shared/reports/aggregate';
import type { Db } from '../db/sqlite';
import { monthOf } from './read-groups';

/**
 * Adds groups of showings to both roll-ups (by day and by month). Called inside the transaction that
 * stores what they count, impressions or a player's summaries, so the two never disagree.
 */
export function sqliteRollUp(db: Db): (groups: Iterable<ShowingGroup>) => void {
  const into = (table: string, period: string) =>
    db.prepare(
      `INSERT INTO ${table} (${period}, device_id, playlist_id, playlist_version, item_id, showings, play_ms, completed, first_at, last_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT DO UPDATE SET showings = showings + excluded.showings, play_ms = play_ms + excluded.play_ms, completed = completed + excluded.completed,
         first_at = min(first_at, excluded.first_at), last_at = max(last_at, excluded.last_at)`,
    );
  const [day, month] = [into('impression_daily', 'day'), into('impression_monthly', 'month')];
  return (groups) => {
    for (const g of groups) {
      day.run(g.day, g.deviceId, g.playlistId, g.playlistVersion, g.itemId, g.showings, g.playMs, g.completed, g.first, g.last);
      month.run(monthOf(g.day), g.deviceId, g.playlistId, g.playlistVersion, g.itemId, g.showings, g.playMs, g.completed, g.first, g.last);
    }
  };
}
