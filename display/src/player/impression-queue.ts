import type { Impression, ImpressionSummary } from '@hcc/shared/schemas/impression';
import { count, queuePut, STORES } from './idb';
import { foldOldest, type Kind, RAW, SUMMARIES, settle, takeBatch } from './queue-store';

const BATCH = 100;
/** Raw records kept before the oldest are folded: days of showings at a few seconds each. */
export const DEFAULT_BOUND = 10_000;

/** Where proof of play goes; each send resolves to whether the server acknowledged the batch. */
export interface ProofChannel {
  isOpen(): boolean;
  sendImpressions(batch: Impression[]): Promise<boolean>;
  sendSummaries(batch: ImpressionSummary[]): Promise<boolean>;
}

/**
 * Proof of play waits here until the server acknowledges it. Each record is written to IndexedDB
 * before any send, so a power cut or a dead network loses nothing; ids make replays harmless on the
 * server, which counts each once.
 *
 * The queue is bounded: past `bound` raw records, the oldest that never went out are folded into
 * summaries, one per Vietnam day, item and playlist version (queue-store.ts), so a screen offline for
 * weeks keeps a small queue and the reports still count every showing. A record that went out and
 * awaits its ack is never folded: it may be on the server already.
 */
export class ImpressionQueue {
  private flushing = false;
  private writes: Promise<void> = Promise.resolve();
  private readonly bound: number;

  constructor(opts: { bound?: number | undefined } = {}) {
    this.bound = opts.bound ?? DEFAULT_BOUND;
  }

  /** Queued, in order; a write failure is retried with the next add rather than dropped. */
  add(i: Impression): void {
    this.writes = this.writes
      .then(() => queuePut([i]))
      .catch(() => queuePut([i]))
      .then(() => this.keepBound())
      // Storage refused twice: nothing more can be done on this device; the loop must go on.
      .catch(() => undefined);
  }

  /** Sends everything queued, raw records first, one batch at a time; stops at the first batch not taken. */
  async flush(channel: ProofChannel): Promise<void> {
    if (this.flushing) return;
    this.flushing = true;
    try {
      await this.writes;
      if (await this.drain(RAW, channel, (b) => channel.sendImpressions(b))) await this.drain(SUMMARIES, channel, (b) => channel.sendSummaries(b));
    } finally {
      this.flushing = false;
    }
  }

  private async keepBound(): Promise<void> {
    const n = await count(STORES.impressions);
    if (n > this.bound) await foldOldest(n - this.bound, () => crypto.randomUUID());
  }

  /** True once the kind's store is empty. Nothing is marked in flight unless the line is open to send it. */
  private async drain<T extends { id: string }>(kind: Kind<T>, channel: ProofChannel, send: (batch: T[]) => Promise<boolean>): Promise<boolean> {
    for (;;) {
      if (!channel.isOpen()) return false;
      const batch = await takeBatch(kind, BATCH);
      if (batch.length === 0) return true;
      if (!(await send(batch).catch(() => false))) return false;
      await settle(
        kind,
        batch.map((r) => r.id),
      );
    }
  }
}
