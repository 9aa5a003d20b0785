import * as z from 'zod/mini';

/** Server-generated identifiers: short, URL-safe, never reused. */
export const IdSchema = z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be 1–64 letters, digits, "_" or "-"'));

/** Client-generated identifiers for idempotent writes (impressions, survey answers). */
export const UuidSchema = z.uuid();

/** Instants travel as ISO-8601 with an explicit offset so that a TV in the wrong zone cannot misread them. */
export const InstantSchema = z.iso.datetime({ offset: true });

export const DateOnlySchema = z.iso.date();

/** "HH:MM" wall-clock time in the centre's zone (Asia/Ho_Chi_Minh, no DST). */
export const ClockTimeSchema = z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be HH:MM (00:00–23:59)'));

export const ErrorCodeSchema = z.enum([
  'validation',
  'unauthorized',
  'forbidden',
  'not_found',
  'conflict',
  'too_large',
  'unsupported_media',
  'rate_limited',
  'gone',
  /** A device or service that should answer did not (offline screen, timed-out request). */
  'unavailable',
  /** The server's disk is full: nothing was stored, and trying again will not help until space is freed. */
  'insufficient_storage',
  'internal',
]);
export type ErrorCode = z.infer<typeof ErrorCodeSchema>;

export const ErrorBodySchema = z.object({
  code: ErrorCodeSchema,
  message: z.string(),
  /** Field-level problems, so a form can show each message next to its field. */
  issues: z.optional(z.array(z.object({ path: z.string(), message: z.string() }))),
});
export type ErrorBody = z.infer<typeof ErrorBodySchema>;

/** The one envelope every HTTP error body and every socket ack uses. */
export type Ack<T> = { ok: true; data: T } | { ok: false; error: ErrorBody };

/** Validates an ack that comes back from the other side of a socket, which is never trusted. */
export const ackSchema = <T extends z.ZodMiniType>(data: T) => z.discriminatedUnion('ok', [z.object({ ok: z.literal(true), data }), z.object({ ok: z.literal(false), error: ErrorBodySchema })]);
