import { toCsv } from '@hcc/shared/csv';
import type { Deps } from '../context';
import { type ReportScope, vnDayStart } from './build';

const HEADER = ['id', 'screen', 'centre', 'item', 'playlist', 'version', 'started_at', 'duration_ms', 'completed', 'reason', 'showings', 'last_started_at'];

/**
 * The raw log of a period: one line per impression, then one per summary a player folded while it was
 * offline past its queue's bound (reason "summary"), so the lines add up to the report's totals. On a
 * summary line started_at and last_started_at are its first and last showing's start, duration_ms
 * the play time of all of them and completed how many ran to the end.
 */
export async function rawLogCsv(deps: Deps, scope: ReportScope): Promise<string> {
  const toIso = new Date(Date.parse(vnDayStart(scope.to)) + 86_400_000).toISOString();
  const screen = (id: string) => scope.screens.get(id);
  const impressions = (await deps.store.impressions.between(vnDayStart(scope.from), toIso)).filter((i) => scope.screens.has(i.deviceId));
  const summaries = (await deps.store.impressions.summariesBetween(scope.from, scope.to)).filter((s) => scope.screens.has(s.deviceId));
  return toCsv(HEADER, [
    ...impressions.map((i) => [i.id, screen(i.deviceId)?.name, screen(i.deviceId)?.centreId, i.itemId, i.playlistId, i.playlistVersion, i.startedAt, i.durationMs, i.completed, i.reason, 1, '']),
    ...summaries.map((s) => [s.id, screen(s.deviceId)?.name, screen(s.deviceId)?.centreId, s.itemId, s.playlistId, s.playlistVersion, s.first, s.playMs, s.completed, 'summary', s.showings, s.last]),
  ]);
}
