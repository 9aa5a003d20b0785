import { procedureApi } from '@hcc/shared/api/procedures';
import { ApiError, type CallArgs, createApiClient } from '@hcc/shared/api/client';
import type { RouteDef, RouteOutput } from '@hcc/shared/api/route';
import type { Procedure } from '@hcc/shared/schemas/procedure';

/** Calls a route of the HTTP contract (shared/src/api): typed input, parsed answer, ApiError on failure. */
export const request = createApiClient((url, init) => fetch(url, init));

/**
 * A call whose failure is a value: the kiosk decides by the status (409 already answered today, 429
 * too many, 401 unpaired) or by being offline (`status: null`), and never by an exception.
 */
export async function attempt<R extends RouteDef>(route: R, ...args: CallArgs<R>): Promise<{ ok: true; data: RouteOutput<R> } | { ok: false; status: number | null }> {
  try {
    return { ok: true, data: await request(route, ...args) };
  } catch (err) {
    return { ok: false, status: err instanceof ApiError ? err.status : null };
  }
}

/** A procedure's full record; the service worker keeps the ones already opened for offline use. */
export async function loadProcedure(code: string): Promise<Procedure | null> {
  const r = await attempt(procedureApi.get, { params: { code } });
  return r.ok ? r.data : null;
}
