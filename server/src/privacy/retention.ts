import type { Deps } from '../context';
import { scheduleDaily } from '../jobs/daily';

const DAY_MS = 86_400_000;

export interface RetentionResult {
  impressionsPruned: number;
  commentsEmptied: number;
  /** Raw impressions and comments received before these instants were due; null = kept for ever. */
  impressionsBefore: string | null;
  commentsBefore: string | null;
}

/**
 * Applies the retention settings: raw impressions received more than RETAIN_IMPRESSIONS_DAYS ago are
 * pruned (the daily and monthly roll-ups, which the reports read, keep counting them, and the chain
 * verifies from the anchor they leave); survey comments older than RETAIN_COMMENTS_DAYS are emptied,
 * their scores kept. Logged in the audit trail.
 */
export async function applyRetention(deps: Deps): Promise<RetentionResult> {
  const now = deps.clock();
  const cutoff = (days: number) => (days > 0 ? new Date(now.getTime() - days * DAY_MS).toISOString() : null);
  const impressionsBefore = cutoff(deps.config.retainImpressionsDays);
  const commentsBefore = cutoff(deps.config.retainCommentsDays);
  const at = now.toISOString();
  const result: RetentionResult = {
    impressionsPruned: impressionsBefore ? await deps.store.impressions.prune(impressionsBefore, at) : 0,
    commentsEmptied: commentsBefore ? await deps.store.surveys.redactComments(commentsBefore) : 0,
    impressionsBefore,
    commentsBefore,
  };
  if (result.impressionsPruned || result.commentsEmptied) await deps.store.audit.append({ at, actor: 'system', action: 'retention.apply', subject: '*', before: null, after: result });
  return result;
}

/** Retention once a day, an hour after start (after the first chain check). */
export const scheduleRetention = (deps: Deps): (() => void) => scheduleDaily(deps, 'retention', async () => deps.log.info(await applyRetention(deps), 'retention applied'), 3_600_000);
