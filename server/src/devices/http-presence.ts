import { HEARTBEAT_MS } from '@hcc/shared/schemas/device';
import type { Deps } from '../context';

/**
 * A screen heard over HTTP counts as present from then until this long after: two heartbeats and a
 * half, so one lost heartbeat does not cut the span, while a screen that goes dark is counted at most
 * 75 s longer than it lived.
 */
export const HTTP_PRESENCE_MS = 2.5 * HEARTBEAT_MS;

/**
 * Presence of devices that reach the server over HTTP only (a proxy that blocks WebSocket): each
 * heartbeat or batch of showings posted over HTTP opens a span of HTTP_PRESENCE_MS, or stretches
 * the device's current one, so uptime counts them like the screens on a socket. The spans go in the
 * same table as socket sessions, under this node's id with an `http:` prefix; overlaps with a socket
 * session are merged by the uptime count. State over time (the open span per device), hence a class,
 * one per server. A restart forgets the open spans and simply opens new ones.
 */
export class HttpPresence {
  private readonly open = new Map<string, { id: number; to: number }>();

  constructor(private readonly deps: Deps) {}

  /** A sign of life from `deviceId` over HTTP, now. Never throws: uptime must not refuse showings. */
  async heard(deviceId: string): Promise<void> {
    const now = this.deps.clock().getTime();
    const to = new Date(now + HTTP_PRESENCE_MS).toISOString();
    const span = this.open.get(deviceId);
    try {
      if (span && span.to >= now) {
        // Showings and a heartbeat often come together: a span stretched in the last 15 s is left as it is.
        if (span.to - now > HTTP_PRESENCE_MS - HEARTBEAT_MS / 2) return;
        await this.deps.store.devices.extendSpan(span.id, to);
        span.to = Date.parse(to);
        return;
      }
      const id = await this.deps.store.devices.openSpan(deviceId, `http:${this.deps.config.nodeId}`, new Date(now).toISOString(), to);
      this.open.set(deviceId, { id, to: Date.parse(to) });
    } catch (err) {
      this.deps.log.error({ err, deviceId }, 'could not record device presence over HTTP');
    }
  }
}
