import { type Impression, ImpressionSchema } from '@hcc/shared/schemas/impression';
import { z } from 'zod';

const KEY = 'hcc.impressions';
const BATCH = 100;
const StoredSchema = z.array(ImpressionSchema);

export type SendBatch = (batch: Impression[]) => Promise<boolean>;

/**
 * Proof of play waits here until the server acknowledges it. It is written to storage before any
 * send, so a power cut or a dead network loses nothing; ids make replays harmless on the server.
 */
export class ImpressionQueue {
  private items: Impression[];
  private flushing = false;

  constructor() {
    let stored: unknown = [];
    try {
      stored = JSON.parse(localStorage.getItem(KEY) ?? '[]');
    } catch {
      // Unreadable storage: start empty rather than stop the screen.
    }
    const parsed = StoredSchema.safeParse(stored);
    this.items = parsed.success ? parsed.data : [];
  }

  get size(): number {
    return this.items.length;
  }

  add(i: Impression): void {
    this.items.push(i);
    this.persist();
  }

  /** Send everything queued, one batch at a time; stops at the first batch the server did not take. */
  async flush(send: SendBatch): Promise<void> {
    if (this.flushing) return;
    this.flushing = true;
    try {
      while (this.items.length > 0) {
        const batch = this.items.slice(0, BATCH);
        if (!(await send(batch).catch(() => false))) return;
        const sent = new Set(batch.map((b) => b.id));
        this.items = this.items.filter((i) => !sent.has(i.id));
        this.persist();
      }
    } finally {
      this.flushing = false;
    }
  }

  private persist(): void {
    try {
      localStorage.setItem(KEY, JSON.stringify(this.items));
    } catch {
      // Storage full: keep the queue in memory; it is flushed as soon as the server is back.
    }
  }
}
