import { groupKey, groupShowings, type ShowingGroup, vnDay } from '../reports/aggregate';
import type { Impression, ImpressionSummary } from '../schemas/impression';

/**
 * Folds showings into summaries, one per roll-up group. A summary already open for a group (written
 * but never sent) takes the new showings and keeps its id; other groups get a fresh id from `newId`.
 * Returns the summaries that were written to, merged or new.
 */
export function foldShowings(rows: readonly Impression[], open: readonly ImpressionSummary[], newId: () => string): ImpressionSummary[] {
  const ids = new Map(open.map((s) => [groupKey(s), s.id]));
  const groups = new Map<string, ShowingGroup>(open.map(({ id: _id, ...g }) => [groupKey(g), g]));
  const touched = new Set(rows.map((r) => groupKey({ ...r, day: vnDay(r.startedAt) })));
  groupShowings(rows, groups);
  return [...touched].flatMap((key) => {
    const g = groups.get(key);
    return g ? [{ id: ids.get(key) ?? newId(), ...g }] : [];
  });
}

export type SummaryProblem = 'completed_exceeds_showings' | 'first_after_last' | 'outside_its_day' | 'play_too_long';

/**
 * Whether a summary could have come from folding real showings. A summary is counted as it stands,
 * with no rows behind it to check later, so an impossible one is refused rather than reported.
 */
export function summaryProblem(s: ImpressionSummary): SummaryProblem | null {
  if (s.completed > s.showings) return 'completed_exceeds_showings';
  const [first, last] = [Date.parse(s.first), Date.parse(s.last)];
  if (first > last) return 'first_after_last';
  if (vnDay(s.first) !== s.day || vnDay(s.last) !== s.day) return 'outside_its_day';
  // No showing is longer than a day, as an impression's own durationMs bound says.
  if (s.playMs > s.showings * 24 * 3600_000) return 'play_too_long';
  return null;
}
