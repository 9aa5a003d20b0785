/**
 * Counts failures per key in a sliding window. In memory on purpose: a restart forgiving a few failed
 * logins is harmless, and several nodes each enforce their own window behind sticky sessions.
 */
export class FailureLimiter {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly max: number,
    private readonly windowMs: number,
  ) {}

  /** Milliseconds until the key may try again, or 0 when it may try now. */
  retryAfterMs(key: string, nowMs: number): number {
    const recent = this.prune(key, nowMs);
    if (recent.length < this.max) return 0;
    return (recent[0] ?? nowMs) + this.windowMs - nowMs;
  }

  fail(key: string, nowMs: number): void {
    this.failures.set(key, [...this.prune(key, nowMs), nowMs]);
  }

  reset(key: string): void {
    this.failures.delete(key);
  }

  private prune(key: string, nowMs: number): number[] {
    const kept = (this.failures.get(key) ?? []).filter((t) => t > nowMs - this.windowMs);
    if (kept.length) this.failures.set(key, kept);
    else this.failures.delete(key);
    return kept;
  }
}
