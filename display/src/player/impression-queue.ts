import { type Impression, ImpressionSchema } from '@hcc/shared/schemas/impression';
import { queueCount, queueDelete, queuePeek, queuePut } from './idb';

const BATCH = 100;

export type SendBatch = (batch: Impression[]) => Promise<boolean>;

/**
 * Proof of play waits here until the server acknowledges it. Each record is written to IndexedDB
 * before any send, so a power cut or a dead network loses nothing; ids make replays harmless on the
 * server, which counts each once.
 */
export class ImpressionQueue {
  private flushing = false;
  private writes: Promise<void> = Promise.resolve();

  /** Queued, in order; a write failure is retried with the next add rather than dropped. */
  add(i: Impression): void {
    this.writes = this.writes
      .then(() => queuePut([i]))
      .catch(() => queuePut([i]))
      // Storage refused twice: nothing more can be done on this device; the loop must go on.
      .catch(() => undefined);
  }

  size(): Promise<number> {
    return this.writes.then(queueCount);
  }

  /** Send everything queued, one batch at a time; stops at the first batch the server did not take. */
  async flush(send: SendBatch): Promise<void> {
    if (this.flushing) return;
    this.flushing = true;
    try {
      await this.writes;
      for (;;) {
        const raw = await queuePeek(BATCH);
        if (raw.length === 0) return;
        const batch: Impression[] = [];
        const unreadable: string[] = [];
        for (const r of raw) {
          const p = ImpressionSchema.safeParse(r);
          if (p.success) batch.push(p.data);
          else if (typeof (r as { id?: unknown }).id === 'string') unreadable.push((r as { id: string }).id);
        }
        // Records an older player wrote that no longer parse would block the queue forever.
        if (unreadable.length) await queueDelete(unreadable);
        if (batch.length === 0) continue;
        if (!(await send(batch).catch(() => false))) return;
        await queueDelete(batch.map((b) => b.id));
      }
    } finally {
      this.flushing = false;
    }
  }
}
