import type { Deps } from '../context';
import { scheduleDaily } from '../jobs/daily';

/**
 * Walks the whole chain a minute after start and then once a day, so the reports' quick check (the
 * rows added since) always sits on a recent full one. Returns the function that stops it.
 */
export function scheduleChainChecks(deps: Deps, firstAfterMs = 60_000): () => void {
  return scheduleDaily(
    deps,
    'chain-check',
    async () => {
      const r = await deps.store.impressions.verify({ full: true, at: deps.clock().toISOString() });
      if (r.ok) deps.log.info({ rows: r.rows }, 'impression chain holds');
      else deps.log.error({ firstBroken: r.firstBroken }, 'impression chain is broken');
    },
    firstAfterMs,
  );
}
