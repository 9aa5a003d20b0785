import type { Ack } from '@hcc/shared/schemas/common';
import { io, type Socket } from 'socket.io-client';

/**
 * The player's and the console's line to the server: socket.io-client, typed by the event maps in
 * shared/events.ts. Reconnection with jittered back-off, the heartbeat watchdog and acks with
 * timeouts are the library's.
 */

type Fn = (...args: never[]) => void;
export type EventMap<T> = { [K in keyof T]: Fn };
export type LiveSocket<ServerToClient extends EventMap<ServerToClient>, ClientToServer extends EventMap<ClientToServer>> = Socket<ServerToClient, ClientToServer>;

const RETRY_MIN_MS = 1_000;
/** A centre's screens must not all knock at once when the server comes back: back-off to 10 s, ±50 %. */
const RETRY_MAX_MS = 10_000;
export const ACK_TIMEOUT_MS = 10_000;

export function openSocket<S extends EventMap<S>, C extends EventMap<C>>(opts: { namespace?: string; auth?: Record<string, unknown> } = {}): LiveSocket<S, C> {
  const socket: LiveSocket<S, C> = io(opts.namespace ?? '/', {
    // WebSocket only: the screens and tablets sit on the centre's LAN, where long-polling and the
    // upgrade dance buy nothing; the server accepts both.
    transports: ['websocket'],
    ...(opts.auth ? { auth: opts.auth } : {}),
    reconnectionDelay: RETRY_MIN_MS,
    reconnectionDelayMax: RETRY_MAX_MS,
    randomizationFactor: 0.5,
  });
  // Offline emits are not buffered for later: callers check `connected` or go through `ask`, and own
  // their retries (the impression queue re-sends until acknowledged). A stale heartbeat or ack sent
  // on reconnect would only mislead the screen wall.
  socket.on('disconnect', (reason) => {
    socket.sendBuffer = [];
    // socket.io does not come back by itself after the server closed the line; a screen nobody
    // touches must. A revoked token is then refused at the handshake (connect_error), which stops it.
    if (reason === 'io server disconnect') setTimeout(() => socket.connect(), RETRY_MAX_MS * (0.5 + Math.random()));
  });
  // Nor after the server refused the handshake for connecting too often (server/src/realtime/socket-guard.ts):
  // it says how long to wait; a refused token ('unauthorized') is the caller's to handle.
  socket.on('connect_error', (err: Error & { data?: { retryAfterS?: unknown } }) => {
    if (err.message !== 'rate_limited') return;
    const waitS = typeof err.data?.retryAfterS === 'number' ? err.data.retryAfterS : RETRY_MAX_MS / 1000;
    setTimeout(() => socket.connect(), Math.min(waitS * 1000, 10 * 60_000) * (1 + 0.5 * Math.random()));
  });
  return socket;
}

type Last<A extends unknown[]> = A extends [...unknown[], infer L] ? L : never;
type AllButLast<A extends unknown[]> = A extends [...infer H, unknown] ? H : never;
/** What an event's acknowledgement callback receives. */
type AckOf<F> = F extends (...args: infer A) => void ? (Last<A> extends (result: infer R) => void ? R : never) : never;
type PayloadOf<F> = F extends (...args: infer A) => void ? AllButLast<A> : never;
type EventsWithAck<C> = { [K in keyof C]: AckOf<C[K]> extends Ack<unknown> ? K : never }[keyof C] & string;

const NO_ANSWER = { ok: false, error: { code: 'internal', message: 'no answer' } } as const;

/**
 * Emit with an acknowledgement and a timeout, typed by the event map: a lost ack, a timeout or an
 * offline socket answer `{ ok: false }` — never a hang, never a throw.
 */
export async function ask<S extends EventMap<S>, C extends EventMap<C>, E extends EventsWithAck<C>>(socket: LiveSocket<S, C>, event: E, ...payload: PayloadOf<C[E]>): Promise<AckOf<C[E]>> {
  if (!socket.connected) return NO_ANSWER as AckOf<C[E]>;
  try {
    // The event map already says what the ack carries; socket.io's own typing of the timeout flag
    // (an error first argument) is what this helper hides.
    const timed = socket.timeout(ACK_TIMEOUT_MS) as unknown as { emitWithAck(event: string, ...args: unknown[]): Promise<unknown> };
    return (await timed.emitWithAck(event, ...(payload as unknown[]))) as AckOf<C[E]>;
  } catch {
    return NO_ANSWER as AckOf<C[E]>;
  }
}
