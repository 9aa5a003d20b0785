import { vnDay } from '@hcc/shared/reports/aggregate';
import type { Deps } from '../context';
import { scheduleDaily } from '../jobs/daily';
import { fingerprintOf } from './check-chain';

const HOUR_MS = 3_600_000;

/**
 * Walks the whole chain a minute after start (so a report right after a restart rests on a walk made
 * since), then once a day records where both chains ended the day before — in the heads table and the
 * audit log — after checking what is new, and seals that day's totals. Returns the function that stops it.
 */
export function scheduleChainChecks(deps: Deps, firstAfterMs = 60_000): () => void {
  const stopFull = scheduleDaily(
    deps,
    'chain-check',
    async () => {
      const r = await deps.store.impressions.verify({ full: true, at: deps.clock().toISOString() });
      if (r.ok) deps.log.info({ rows: r.rows, fingerprint: r.fingerprint }, 'impression chain holds');
      else deps.log.error({ problems: r.problems.slice(0, 20) }, 'impression chain is broken');
    },
    firstAfterMs,
  );
  // Just after Vietnam midnight: the day that ended is yesterday.
  const now = deps.clock().getTime();
  const untilMidnight = HOUR_MS * 24 - ((now + 7 * HOUR_MS) % (HOUR_MS * 24)) + 5 * 60_000;
  const stopDay = scheduleDaily(deps, 'chain-head', () => recordDayHead(deps), untilMidnight);
  return () => {
    stopFull();
    stopDay();
  };
}

/** Records the head of the day that just ended (Vietnam time) in the heads table and the audit log. */
export async function recordDayHead(deps: Deps): Promise<void> {
  const at = deps.clock().toISOString();
  const day = vnDay(new Date(Date.parse(at) - 12 * HOUR_MS).toISOString());
  const { report, head } = await deps.store.impressions.recordDayHead(day, at);
  const fingerprint = fingerprintOf(head);
  await deps.store.audit.append({
    at,
    actor: 'system',
    action: 'log.day_head',
    subject: day,
    before: null,
    after: { seq: head.seq, hash: head.hash, summarySeq: head.summary_seq, summaryHash: head.summary_hash, fingerprint, ok: report.ok },
  });
  deps.log.info({ day, fingerprint }, 'chain head of the day recorded');
  // Seal the day's totals while its rows are fresh: the quarter's first report then finds every day
  // sealed instead of recomputing each from its rows (minutes for a province's year).
  const sums = await deps.store.impressions.checkRollUps(day, day, at);
  if (sums.problems.length) deps.log.error({ day, problems: sums.problems.slice(0, 20) }, 'the day’s totals differ from its rows');
}
