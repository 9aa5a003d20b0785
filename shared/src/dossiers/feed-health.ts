import type { DossierFeedStatus } from '../schemas/dossier';

/**
 * What the screen wall warns about a centre's feed. A centre that never received data is not warned
 * about: it does not use the connector, and its screens show no list to go stale. A failing pull is
 * named even while the data is still fresh, so someone can fix it before the screens go blank.
 */
export type FeedTrouble = { kind: 'stale'; lastUpdateAt: string; staleAfterMinutes: number } | { kind: 'failing'; failures: number; error: string | null; nextAttemptAt: string | null };

export function feedTroubles(status: DossierFeedStatus): FeedTrouble[] {
  const out: FeedTrouble[] = [];
  if (status.isStale && status.lastUpdateAt) out.push({ kind: 'stale', lastUpdateAt: status.lastUpdateAt, staleAfterMinutes: status.settings.staleAfterMinutes });
  if (status.pull && status.pull.failures > 0) out.push({ kind: 'failing', failures: status.pull.failures, error: status.pull.lastError, nextAttemptAt: status.pull.nextAttemptAt });
  return out;
}

/**
 * A live status replaces the centre's entry; statuses of centres missing from `list` are dropped, since
 * the list came from the server already scoped to what this staff member may see.
 */
export const replaceFeed = (list: readonly DossierFeedStatus[], status: DossierFeedStatus): DossierFeedStatus[] => list.map((f) => (f.centreId === status.centreId ? status : f));
