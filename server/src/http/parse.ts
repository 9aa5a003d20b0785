import type { Request } from 'express';
import type * as z from 'zod/mini';
import { validationError } from './errors';

/** Parse one part of a request with its schema; a failure becomes a 400 naming each bad field. */
export function parse<T extends z.ZodMiniType>(schema: T, value: unknown, what: string): z.infer<T> {
  const r = schema.safeParse(value);
  if (!r.success) throw validationError(r.error, what);
  return r.data;
}

export const parseBody = <T extends z.ZodMiniType>(schema: T, req: Request) => parse(schema, req.body ?? {}, 'request body');
export const parseQuery = <T extends z.ZodMiniType>(schema: T, req: Request) => parse(schema, req.query, 'query parameters');
export const parseParams = <T extends z.ZodMiniType>(schema: T, req: Request) => parse(schema, req.params, 'path');
