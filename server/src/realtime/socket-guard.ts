import type { IncomingMessage } from 'node:http';
import type { Response } from 'express';
import type { Logger } from 'pino';
import type { Socket } from 'socket.io';
import { AppError } from '../http/errors';
import { clientAddress, type TrustProxy } from '../security/client-address';
import { type Limits, type MakeLimiter, memoryLimiter, networkLimit, networkOf, take } from '../security/limits';

/**
 * What a refused handshake says to the client: the player and the kiosk wait and try again
 * (socket.io-client does not retry by itself after a refusal by middleware).
 */
export const RATE_LIMITED = 'rate_limited';

type AnyAck = (r: unknown) => void;

/**
 * Bounds on sockets before they show who they are (socket.io's engine handshake, then the token or
 * session check), per network: a script opening sockets in a loop costs an HTTP upgrade, a token
 * hash and a database read each, and holds memory until it names a namespace.
 */
export class SocketGate {
  private readonly handshakes;
  private readonly failures;
  /** One warning per network and window, not one per refused socket. */
  private readonly warned = memoryLimiter({ name: 'socket-gate-warned', points: 1, durationS: 60 });

  constructor(
    make: MakeLimiter,
    private readonly limits: Limits['sockets'],
    private readonly log: Logger,
    private readonly trust: () => TrustProxy,
  ) {
    this.handshakes = networkLimit(make, { name: 'socket-handshakes', points: limits.handshakesPerNetwork, durationS: limits.windowS });
    this.failures = networkLimit(make, { name: 'socket-failures', points: limits.failuresPerNetwork, durationS: limits.windowS });
  }

  /** engine.io's `allowRequest`: called for a new connection only (not for each packet of one). */
  readonly allowRequest = (req: IncomingMessage, callback: (err: string | null | undefined, success: boolean) => void): void => {
    const ip = clientAddress(req, this.trust());
    const decide = async () => (await this.failures.wait(ip)) || (await this.handshakes.take(ip));
    decide().then(
      (wait) => {
        if (wait > 0) void this.warn(ip, wait, 'socket handshakes refused: too many (or too many failed) from this network');
        callback(wait > 0 ? RATE_LIMITED : null, wait === 0);
      },
      (err: unknown) => {
        this.log.error({ err }, 'socket handshake limit could not be checked; let through');
        callback(null, true);
      },
    );
  };

  /** A handshake that showed no valid token or session: counted against its network. */
  async failed(req: IncomingMessage): Promise<void> {
    const ip = clientAddress(req, this.trust());
    const wait = await this.failures.take(ip).catch(() => 0);
    if (wait > 0) await this.warn(ip, wait, 'socket handshakes failing from this network: its new sockets are refused for the window');
  }

  private async warn(ip: string, waitS: number, msg: string): Promise<void> {
    const network = networkOf(ip);
    if ((await take(this.warned, network)) === 0) this.log.warn({ network, waitS }, msg);
  }
}

/**
 * What one paired device may send per window (see Limits['device']), over its sockets and over HTTP,
 * counted per device; in Redis when nodes share one, so a device gets no fresh allowance by
 * reconnecting to another node.
 */
export class DeviceBudget {
  private readonly events;
  private readonly rows;
  private readonly connects;

  constructor(
    make: MakeLimiter,
    private readonly limits: Limits['device'],
    private readonly log: Logger,
  ) {
    this.events = make({ name: 'device-events', points: limits.eventsPerWindow, durationS: limits.windowS });
    this.rows = make({ name: 'device-rows', points: limits.rowsPerWindow, durationS: limits.windowS });
    this.connects = make({ name: 'device-connects', points: limits.connectsPerWindow, durationS: limits.windowS });
  }

  /** Seconds the device must wait before connecting again; 0 when it may now. */
  connect(deviceId: string): Promise<number> {
    return take(this.connects, deviceId);
  }

  /** Takes one event and `rows` showings from the device's allowance: a refusal message, or null. */
  async charge(deviceId: string, rows: number): Promise<{ waitS: number; message: string } | null> {
    const eventWait = await take(this.events, deviceId);
    if (eventWait) return { waitS: eventWait, message: this.refusal(eventWait, `${this.limits.eventsPerWindow} messages`) };
    const rowWait = rows > 0 ? await take(this.rows, deviceId, rows) : 0;
    return rowWait ? { waitS: rowWait, message: this.refusal(rowWait, `${this.limits.rowsPerWindow} showings`) } : null;
  }

  /** The HTTP twins' check (heartbeat, bootstrap, impressions): 429 with Retry-After past the allowance. */
  async chargeRequest(res: Response, deviceId: string, rows = 0): Promise<void> {
    const refused = await this.charge(deviceId, rows);
    if (!refused) return;
    this.log.warn({ deviceId, waitS: refused.waitS, rows }, 'device over its allowance: HTTP request refused');
    res.setHeader('Retry-After', String(refused.waitS));
    throw new AppError('rate_limited', refused.message);
  }

  /**
   * Every event a device's socket sends passes here before its handler: at most `inFlightPerSocket`
   * being handled at once, each charged to the device; a refused event's ack says why (the player
   * keeps what it sent and sends it again later). A socket that goes on sending after
   * `refusalsBeforeClose` refusals is closed, with the reason logged.
   */
  guard(socket: Socket, deviceId: string): void {
    let inFlight = 0;
    let refused = 0;
    const refuse = (event: unknown, ack: AnyAck | null, message: string) => {
      ack?.({ ok: false, error: { code: 'rate_limited', message } });
      refused += 1;
      if (refused === 1) this.log.warn({ deviceId, event, message }, 'device over its allowance: socket event refused');
      if (refused === this.limits.refusalsBeforeClose) {
        this.log.warn({ deviceId, refused }, 'device kept sending after its events were refused: socket closed');
        socket.disconnect(true);
      }
    };
    socket.use((packet, next) => {
      const [event, payload] = packet;
      const last: unknown = packet.at(-1);
      // An event no handler takes (refuseUnknownEvents answered it already) is over once dispatched.
      const ack = typeof last === 'function' && socket.listeners(String(event)).length > 0 ? (last as AnyAck) : null;
      if (inFlight >= this.limits.inFlightPerSocket) {
        return refuse(event, ack, `Thiết bị gửi quá nhiều cùng lúc; chờ trả lời rồi gửi tiếp (more than ${this.limits.inFlightPerSocket} messages at once: wait for each answer).`);
      }
      inFlight += 1;
      let ended = false;
      const end = () => {
        if (!ended) inFlight -= 1;
        ended = true;
      };
      // Being handled until answered; an event that takes no answer, until it is dispatched.
      if (ack) packet[packet.length - 1] = (r: unknown) => (end(), ack(r));
      this.charge(deviceId, rowsOf(payload)).then(
        (r) => {
          if (r) return (end(), refuse(event, ack, r.message));
          if (!ack) end();
          next();
        },
        (err: unknown) => {
          // As at the handshake: a limit that cannot be read (Redis away) lets the event through, logged.
          this.log.error({ err, deviceId }, 'device allowance could not be checked; event let through');
          if (!ack) end();
          next();
        },
      );
    });
  }

  private refusal(waitS: number, what: string): string {
    return `Thiết bị gửi quá nhiều; thử lại sau ${waitS} giây (this device sent more than ${what} in ${Math.round(this.limits.windowS / 60)} minutes; try again in ${waitS} s).`;
  }
}

/** The showings (or summaries) an event carries, read before its schema: the schema bounds them again. */
function rowsOf(payload: unknown): number {
  if (!payload || typeof payload !== 'object') return 0;
  const p = payload as Record<string, unknown>;
  const list = p['impressions'] ?? p['summaries'];
  return Array.isArray(list) ? list.length : 0;
}
