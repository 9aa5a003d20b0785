import type { Deps } from '../context';

const DAY_MS = 86_400_000;

/**
 * Runs `job` once `firstAfterMs` after start and then once a day, logging a failure instead of
 * letting it escape (a failed night's job must not stop the server). Returns the function that stops it.
 */
export function scheduleDaily(deps: Deps, name: string, job: () => Promise<unknown>, firstAfterMs: number): () => void {
  const run = () => job().catch((err: unknown) => deps.log.error({ err, job: name }, 'daily job failed'));
  let timer = setTimeout(function again() {
    void run();
    timer = setTimeout(again, DAY_MS).unref();
  }, firstAfterMs).unref();
  return () => clearTimeout(timer);
}
