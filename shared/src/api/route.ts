/**
 * The HTTP contract's building block: one route is a method, a path and the zod schemas of what goes
 * in and what comes back. The server registers its handler from the entry (server/src/http/contract-route.ts),
 * the front ends call it through one client (display/src/lib/api.ts); both take their types from here,
 * so a field renamed on one side fails the typecheck on the other.
 */
import type * as z from 'zod/mini';

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RouteDef {
  method: Method;
  /** Express-style path from the site root, `:name` for a path parameter. */
  path: `/api/${string}`;
  /** Path parameters: every `:name` in the path, as strings on the wire. */
  params?: z.ZodMiniType;
  /** Query parameters: strings on the wire, so numbers in here need `z.coerce`. */
  query?: z.ZodMiniType;
  body?: z.ZodMiniType;
  response: z.ZodMiniType;
  /** The success status when not 200 (201 for a created thing). */
  status?: 200 | 201 | 202;
}

/** Declares one route; `const` keeps the literal method and path, so the map can be checked for clashes. */
export const route = <const R extends RouteDef>(r: R): R => r;

type Part<R extends RouteDef, K extends 'params' | 'query' | 'body'> = R[K] extends z.ZodMiniType ? { [P in K]: z.input<R[K]> } : { [P in K]?: never };

/** What a caller passes: each part the route declares, and nothing it does not. */
export type RouteInput<R extends RouteDef> = Part<R, 'params'> & Part<R, 'query'> & Part<R, 'body'>;

/** What a client gets back, once parsed with the route's response schema. */
export type RouteOutput<R extends RouteDef> = z.output<R['response']>;

/** What a server handler returns: the response schema's input, which the client parses on arrival. */
export type RouteReply<R extends RouteDef> = z.input<R['response']>;

/** The path parameter names of a path, so a route's params schema can be checked against its path. */
export const pathParamNames = (path: string): string[] => [...path.matchAll(/:([A-Za-z]\w*)/g)].map((m) => m[1] ?? '');

/** The concrete URL of a call: path parameters filled in (encoded), query appended without empty values. */
export function urlFor(path: string, params?: Record<string, unknown>, query?: Record<string, unknown>): string {
  const filled = path.replace(/:([A-Za-z]\w*)/g, (_m, name: string) => {
    const v = params?.[name];
    if (v === undefined || v === null || v === '') throw new Error(`${path}: missing path parameter "${name}"`);
    return encodeURIComponent(String(v));
  });
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(query ?? {})) if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `${filled}?${s}` : filled;
}
