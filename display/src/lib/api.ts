import { type ErrorBody, ErrorBodySchema } from '@hcc/shared/schemas/common';

/** A failed API call, carrying the server's code and field issues so forms can show them in place. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: ErrorBody,
  ) {
    super(body.message);
  }
}

export async function apiFetch<T>(path: string, init: RequestInit & { json?: unknown; token?: string } = {}): Promise<T> {
  const { json, token, headers, ...rest } = init;
  const res = await fetch(path, {
    credentials: 'same-origin',
    ...rest,
    headers: { ...(json !== undefined ? { 'Content-Type': 'application/json' } : {}), ...(token ? { Authorization: `Bearer ${token}` } : {}), ...headers },
    ...(json !== undefined ? { body: JSON.stringify(json) } : {}),
  });
  const text = await res.text();
  const data: unknown = text ? JSON.parse(text) : null;
  if (!res.ok) {
    const parsed = ErrorBodySchema.safeParse(data);
    throw new ApiError(res.status, parsed.success ? parsed.data : { code: 'internal', message: `HTTP ${res.status}` });
  }
  return data as T;
}
