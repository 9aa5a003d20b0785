/**
 * Work that takes turns per key (an account, a network): at most `perKey` running at once for a key,
 * `waitingPerKey` queued behind them, and `total` running over every key. In this process only, as the
 * CPU and memory the work holds are this node's.
 */
export class Turns {
  private readonly keys = new Map<string, { running: number; waiting: (() => void)[] }>();
  private running = 0;

  constructor(private readonly bounds: { perKey: number; waitingPerKey: number; total: number }) {}

  /** Waits for the key's turn: the function that ends it, or null at once when the key (or everyone) has no room left. */
  async start(key: string): Promise<(() => void) | null> {
    const entry = this.keys.get(key) ?? { running: 0, waiting: [] };
    if (entry.running < this.bounds.perKey) {
      if (this.running >= this.bounds.total) return null;
      entry.running += 1;
      this.running += 1;
    } else {
      if (entry.waiting.length >= this.bounds.waitingPerKey) return null;
      // The turn is handed over by the one that ends: the counts stay as they are.
      await new Promise<void>((resolve) => entry.waiting.push(resolve));
    }
    this.keys.set(key, entry);
    let ended = false;
    return () => {
      if (ended) return;
      ended = true;
      const next = entry.waiting.shift();
      if (next) return next();
      entry.running -= 1;
      this.running -= 1;
      if (entry.running === 0) this.keys.delete(key);
    };
  }
}
