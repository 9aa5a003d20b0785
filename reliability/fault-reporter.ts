import { randomUUID } from 'node:crypto';
import type { DeviceClientToServer, DeviceServerToClient } from '@hcc/shared/events';
import { DeviceBootstrapSchema } from '@hcc/shared/schemas/bootstrap';
import type { Impression, ImpressionBatchResult } from '@hcc/shared/schemas/impression';
import { io, type Socket } from 'socket.io-client';

const BATCH = 100;
const ACK_TIMEOUT_MS = 2_000;

/** The last start made per screen: its showings, whichever sender sends them, start at instants of their own (it shows one item at a time). */
const lastStartMs = new Map<string, number>();

/**
 * A screen's proof-of-play queue, played by the test: it makes showings, sends them in batches over
 * a socket or over HTTP, and remembers what the server acknowledged. Anything unacknowledged is sent
 * again, and so is a share of what was acknowledged, as a player does after an ack lost in a crash.
 */
export class Reporter {
  readonly acked = new Set<string>();
  private readonly pending = new Map<string, Impression>();
  private readonly sent = new Map<string, Impression>();
  private socket: Socket<DeviceServerToClient, DeviceClientToServer> | null = null;
  batches = 0;
  failures = 0;
  resentAcked = 0;

  private constructor(
    private readonly url: string,
    private readonly token: string,
    readonly via: 'socket' | 'http',
    private readonly show: Omit<Impression, 'id' | 'startedAt'>,
  ) {}

  static async connect(url: string, token: string, via: 'socket' | 'http'): Promise<Reporter> {
    const boot = DeviceBootstrapSchema.parse(await (await fetch(`${url}/api/device/bootstrap`, { headers: { Authorization: `Bearer ${token}` } })).json());
    const v = boot.push?.version;
    if (!v) throw new Error('the screen has no playlist');
    const r = new Reporter(url, token, via, {
      deviceId: boot.device.id,
      itemId: v.items[0]?.id ?? 'x',
      playlistId: v.playlistId,
      playlistVersion: v.version,
      durationMs: 8_000,
      completed: true,
      reason: 'completed',
    });
    // Reconnects quickly and for ever, as a player does; emits made while down are buffered and go out on reconnect.
    if (via === 'socket') r.socket = io(url, { auth: { token }, transports: ['websocket'], reconnectionDelay: 100, reconnectionDelayMax: 500 });
    return r;
  }

  /** Showings made since the last send, queued. */
  make(n: number): void {
    for (let i = 0; i < n; i++) {
      const at = Math.max(Date.now() - 60_000, (lastStartMs.get(this.show.deviceId) ?? 0) + 1);
      lastStartMs.set(this.show.deviceId, at);
      const imp = { ...this.show, id: randomUUID(), startedAt: new Date(at).toISOString() };
      this.pending.set(imp.id, imp);
    }
  }

  get unacked(): number {
    return this.pending.size;
  }

  /** One batch: unacknowledged showings first, topped up with a few acknowledged ones sent again. */
  async sendOnce(): Promise<boolean> {
    const fresh = [...this.pending.values()].slice(0, BATCH - 5);
    const again = [...this.sent.values()].filter((i) => this.acked.has(i.id)).slice(-5);
    const batch = [...fresh, ...again];
    if (!batch.length) return true;
    this.batches++;
    const ok = await this.deliver(batch).catch(() => false);
    if (!ok) {
      this.failures++;
      return false;
    }
    this.resentAcked += again.length;
    for (const i of batch) {
      this.acked.add(i.id);
      this.pending.delete(i.id);
      this.sent.set(i.id, i);
    }
    // Only recent ones are worth sending again; the rest need no memory.
    if (this.sent.size > 1_000) for (const id of [...this.sent.keys()].slice(0, this.sent.size - 1_000)) this.sent.delete(id);
    return true;
  }

  private async deliver(batch: Impression[]): Promise<boolean> {
    if (this.socket) {
      const r = (await this.socket.timeout(ACK_TIMEOUT_MS).emitWithAck('impression:batch', { impressions: batch })) as { ok: boolean; data?: ImpressionBatchResult };
      return r.ok;
    }
    const res = await fetch(`${this.url}/api/impressions`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${this.token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ impressions: batch }),
      signal: AbortSignal.timeout(ACK_TIMEOUT_MS),
    });
    return res.ok;
  }

  /** Sends until nothing is left unacknowledged. */
  async drain(deadlineMs: number): Promise<void> {
    while (this.pending.size) {
      if (Date.now() > deadlineMs) throw new Error(`${this.via} reporter: ${this.pending.size} showings still unacknowledged`);
      if (!(await this.sendOnce())) await new Promise((r) => setTimeout(r, 100));
    }
  }

  close(): void {
    this.socket?.close();
  }
}
