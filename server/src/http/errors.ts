import type { ErrorBody, ErrorCode } from '@hcc/shared/schemas/common';
import type { ErrorRequestHandler } from 'express';
import type { Logger } from 'pino';
import * as z from 'zod/mini';
import { isPgTimeout } from '../db/pg';

// zod/mini ships no messages by default (so the TV player stays small); people reading the server's
// 400s get zod's English ones, next to our own field messages.
z.config(z.locales.en());

/** An expected failure with a code the clients translate and a message a person can read. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues?: ErrorBody['issues'],
  ) {
    super(message);
  }
}

export const HTTP_STATUS: Record<ErrorCode, number> = {
  validation: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  gone: 410,
  too_large: 413,
  unsupported_media: 415,
  rate_limited: 429,
  internal: 500,
  unavailable: 503,
  insufficient_storage: 507,
};

export function issuesOf(err: z.core.$ZodError): NonNullable<ErrorBody['issues']> {
  return err.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
}

export function describeIssues(issues: NonNullable<ErrorBody['issues']>): string {
  return issues
    .slice(0, 5)
    .map((i) => (i.path ? `${i.path}: ${i.message}` : i.message))
    .join('; ');
}

export function validationError(err: z.core.$ZodError, what: string): AppError {
  const issues = issuesOf(err);
  return new AppError('validation', `Invalid ${what}: ${describeIssues(issues)}`, issues);
}

/** The one translator from anything thrown to the shared envelope; internals are logged, never revealed. */
export function toErrorBody(err: unknown, log: Logger): { status: number; body: ErrorBody } {
  if (err instanceof AppError) {
    return { status: HTTP_STATUS[err.code], body: { code: err.code, message: err.message, ...(err.issues ? { issues: err.issues } : {}) } };
  }
  if (err instanceof z.core.$ZodError) return toErrorBody(validationError(err, 'input'), log);
  const e = err as { type?: string; status?: number; message?: string };
  // body-parser marks its own failures with a type; they are the client's fault, not ours.
  if (e?.type === 'entity.too.large') return toErrorBody(new AppError('too_large', 'The request body is too large.'), log);
  if (e?.type === 'entity.parse.failed') return toErrorBody(new AppError('validation', 'The request body is not valid JSON.'), log);
  if (e?.type === 'encoding.unsupported' || e?.type === 'charset.unsupported') {
    return toErrorBody(new AppError('unsupported_media', 'The request body encoding is not supported.'), log);
  }
  // A bounded wait on the database ran out (see db/pg.ts): nothing was done, and asking again is safe.
  if (isPgTimeout(err)) {
    log.warn({ err }, 'a database wait timed out');
    return toErrorBody(new AppError('unavailable', 'The database is busy; nothing was changed. Try again in a moment.'), log);
  }
  if (typeof e?.status === 'number' && e.status >= 400 && e.status < 500) {
    return { status: e.status, body: { code: e.status === 404 ? 'not_found' : 'validation', message: e.message ?? 'Bad request.' } };
  }
  log.error({ err }, 'unexpected error');
  return { status: 500, body: { code: 'internal', message: 'Something went wrong on the server; it has been logged.' } };
}

export function errorMiddleware(log: Logger): ErrorRequestHandler {
  return (err, _req, res, _next) => {
    const { status, body } = toErrorBody(err, log);
    if (res.headersSent) return;
    // A route that failed after naming what it would send (a media file's type, ETag and disposition,
    // then an unsatisfiable range) answers with the error, typed as JSON and tied to no file.
    // Nor is it kept for a year under the file's address by a cache between.
    for (const h of ['Content-Type', 'Content-Disposition', 'ETag', 'Last-Modified']) res.removeHeader(h);
    res.setHeader('Cache-Control', 'no-store');
    res.status(status).json(body);
  };
}
