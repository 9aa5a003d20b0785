import { ApiError, createApiClient } from '@hcc/shared/api/client';
import { ErrorBodySchema } from '@hcc/shared/schemas/common';

export { ApiError };

/** Calls a route of the HTTP contract (shared/src/api): typed input, parsed answer, ApiError on failure. */
export const request = createApiClient((url, init) => fetch(url, init));

/**
 * A call outside the JSON contract: a file as the body (media posters, catalogue imports). The answer
 * is unknown until the caller parses it with its schema.
 */
export async function apiFetch(path: string, init: RequestInit = {}): Promise<unknown> {
  const res = await fetch(path, { credentials: 'same-origin', ...init });
  const text = await res.text();
  let data: unknown = null;
  try {
    data = text ? JSON.parse(text) : null;
  } catch {
    // A proxy's HTML error page: the status below says what happened.
  }
  if (!res.ok) {
    const parsed = ErrorBodySchema.safeParse(data);
    throw new ApiError(res.status, parsed.success ? parsed.data : { code: 'internal', message: `HTTP ${res.status}` });
  }
  return data;
}
