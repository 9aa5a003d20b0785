import type { Deps } from '../context';

const DAY_MS = 86_400_000;

/**
 * Walks the whole chain a minute after start and then once a day, so the reports' quick check (the
 * rows added since) always sits on a recent full one. Returns the function that stops it.
 */
export function scheduleChainChecks(deps: Deps, firstAfterMs = 60_000): () => void {
  const run = () =>
    deps.store.impressions.verify({ full: true, at: deps.clock().toISOString() }).then(
      (r) => (r.ok ? deps.log.info({ rows: r.rows }, 'impression chain holds') : deps.log.error({ firstBroken: r.firstBroken }, 'impression chain is broken')),
      (err: unknown) => deps.log.error({ err }, 'impression chain check failed'),
    );
  let timer = setTimeout(function again() {
    void run();
    timer = setTimeout(again, DAY_MS).unref();
  }, firstAfterMs).unref();
  return () => clearTimeout(timer);
}
