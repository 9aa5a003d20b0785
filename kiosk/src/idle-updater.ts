const LOOK_EVERY_MS = 5_000;

export interface IdleUpdaterDeps {
  now(): number;
  every(ms: number, fn: () => void): void;
  onActivity(fn: () => void): void;
}

/**
 * The rule, apart from the browser: a waiting version is applied only once nobody has touched the
 * kiosk for `idleMs` (by then the app has gone back to its home screen), never under a citizen's hand.
 */
export function idleUpdater(idleMs: number, deps: IdleUpdaterDeps, apply: () => void): { versionWaiting(): void } {
  let lastActivity = deps.now();
  let waiting = false;
  let applied = false;
  deps.onActivity(() => (lastActivity = deps.now()));
  deps.every(LOOK_EVERY_MS, () => {
    if (waiting && !applied && deps.now() - lastActivity >= idleMs) {
      applied = true;
      apply();
    }
  });
  return { versionWaiting: () => void (waiting = true) };
}
