/**
 * The one HTTP client of the front ends (console, player, kiosk), over the route contract. It takes
 * `fetch` as an argument so this module stays free of the DOM; each app makes its client once.
 */
import * as z from 'zod/mini';
import { type ErrorBody, ErrorBodySchema } from '../schemas/common';
import { type RouteDef, type RouteInput, type RouteOutput, urlFor } from './route';

/** A failed API call, carrying the server's code and field issues so forms can show them in place. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: ErrorBody,
  ) {
    super(body.message);
  }
}

/** The part of `fetch` the client uses: the browser's fits, and a test can pass its own. */
export type FetchLike = (
  url: string,
  init: { method: string; headers: Record<string, string>; body?: string; credentials: 'same-origin'; keepalive?: boolean; signal?: AbortSignal },
) => Promise<{ ok: boolean; status: number; text(): Promise<string> }>;

export interface CallOptions {
  /** A device's bearer token (the player and kiosk); staff ride on their session cookie. */
  token?: string;
  /** Lets a request outlive the page (usage events sent as the kiosk goes idle). */
  keepalive?: boolean;
  signal?: AbortSignal;
}

/** Arguments of a call: the route's parts are required when it declares any, optional when it declares none. */
export type CallArgs<R extends RouteDef> = Record<never, never> extends RouteInput<R> ? [input?: RouteInput<R>, options?: CallOptions] : [input: RouteInput<R>, options?: CallOptions];

export type Call = <R extends RouteDef>(route: R, ...args: CallArgs<R>) => Promise<RouteOutput<R>>;

/** Answers that are not JSON (a proxy's HTML error page) still become an ApiError, never a SyntaxError. */
function parseJson(text: string): unknown {
  try {
    return text ? JSON.parse(text) : null;
  } catch {
    return undefined;
  }
}

export function createApiClient(fetch: FetchLike): Call {
  return async <R extends RouteDef>(route: R, ...[input, options]: CallArgs<R>): Promise<RouteOutput<R>> => {
    const { params, query, body } = (input ?? {}) as { params?: Record<string, unknown>; query?: Record<string, unknown>; body?: unknown };
    const res = await fetch(urlFor(route.path, params, query), {
      method: route.method,
      credentials: 'same-origin',
      headers: { ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}), ...(options?.token ? { Authorization: `Bearer ${options.token}` } : {}) },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      ...(options?.keepalive ? { keepalive: true } : {}),
      ...(options?.signal ? { signal: options.signal } : {}),
    });
    const data = parseJson(await res.text());
    if (!res.ok) {
      const e = ErrorBodySchema.safeParse(data);
      throw new ApiError(res.status, e.success ? e.data : { code: res.status === 413 ? 'too_large' : 'internal', message: `HTTP ${res.status}` });
    }
    // The server is trusted no more than any other input: an answer of the wrong shape fails here, by name.
    const parsed = z.safeParse<R['response']>(route.response, data);
    if (!parsed.success) throw new ApiError(res.status, { code: 'internal', message: `${route.method} ${route.path}: the answer did not have the expected shape` });
    return parsed.data;
  };
}
