import type { Ack } from '@hcc/shared/schemas/common';
import type { Logger } from 'pino';
import type { Socket } from 'socket.io';
import type * as z from 'zod/mini';
import { toErrorBody, validationError } from '../http/errors';

type AnyAck = (r: Ack<unknown>) => void;

/**
 * Register a socket handler that parses its payload first. Types do not stop a stale PWA or a hostile
 * client, so every event goes through its schema, and every outcome is answered with the Ack union.
 */
export function onEvent<S extends z.ZodMiniType, T>(socket: Socket, log: Logger, event: string, schema: S, handler: (payload: z.infer<S>) => Promise<T>): void {
  socket.on(event, async (payload: unknown, ack: unknown) => {
    const reply: AnyAck = typeof ack === 'function' ? (ack as AnyAck) : () => undefined;
    const parsed = schema.safeParse(payload);
    if (!parsed.success) {
      const { body } = toErrorBody(validationError(parsed.error, `${event} payload`), log);
      reply({ ok: false, error: body });
      return;
    }
    try {
      reply({ ok: true, data: await handler(parsed.data) });
    } catch (err) {
      reply({ ok: false, error: toErrorBody(err, log).body });
    }
  });
}

/** Unknown events get an error ack instead of silence, so a client on an old contract learns why. */
export function refuseUnknownEvents(socket: Socket, known: readonly string[]): void {
  socket.onAny((event: string, ...args: unknown[]) => {
    if (known.includes(event)) return;
    const ack = args.at(-1);
    if (typeof ack === 'function') (ack as AnyAck)({ ok: false, error: { code: 'validation', message: `Unknown event "${event}".` } });
  });
}
