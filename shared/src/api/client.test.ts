import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { ApiError, createApiClient, type FetchLike } from './client';
import { route, urlFor } from './route';

describe('urlFor', () => {
  it('fills path parameters encoded, and leaves empty query values out', () => {
    expect(urlFor('/api/procedures/:code', { code: '1.0/2 x' }, { centre: '', q: 'hộ tịch', limit: 20, x: undefined })).toBe('/api/procedures/1.0%2F2%20x?q=h%E1%BB%99+t%E1%BB%8Bch&limit=20');
  });
  it('refuses a call without a path parameter instead of calling the list', () => {
    expect(() => urlFor('/api/playlists/:id', {})).toThrow(/missing path parameter "id"/);
  });
});

/** A fetch that answers from a table, recording what it was asked. */
const fakeFetch = (status: number, body: string) => {
  const calls: Parameters<FetchLike>[] = [];
  const fetch: FetchLike = async (url, init) => {
    calls.push([url, init]);
    return { ok: status < 400, status, text: async () => body };
  };
  return { fetch, calls };
};

describe('the client', () => {
  const list = route({ method: 'GET', path: '/api/things', response: z.object({ items: z.array(z.string()) }) });
  const echo = route({ method: 'POST', path: '/api/things/:id', params: z.object({ id: z.string() }), body: z.object({ n: z.number() }), response: z.object({ total: z.number() }) });

  it('sends the method, the filled path, a JSON body and the token, and returns the parsed answer', async () => {
    const { fetch, calls } = fakeFetch(200, '{"total":3,"extra":true}');
    const out = await createApiClient(fetch)(echo, { params: { id: 'a' }, body: { n: 1 } }, { token: 't0k' });
    expect(out).toEqual({ total: 3 });
    expect(calls[0]?.[0]).toBe('/api/things/a');
    expect(calls[0]?.[1]).toMatchObject({ method: 'POST', body: '{"n":1}', headers: { 'Content-Type': 'application/json', Authorization: 'Bearer t0k' } });
  });

  it('turns an error envelope into an ApiError carrying the code and the field issues', async () => {
    const { fetch } = fakeFetch(400, JSON.stringify({ code: 'validation', message: 'bad', issues: [{ path: 'n', message: 'too big' }] }));
    const err = await createApiClient(fetch)(echo, { params: { id: 'a' }, body: { n: 1 } }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect(err).toMatchObject({ status: 400, body: { code: 'validation', issues: [{ path: 'n', message: 'too big' }] } });
  });

  it('names the route when the server answers with the wrong shape, and when a proxy answers with HTML', async () => {
    const wrong = await createApiClient(fakeFetch(200, '{"totl":3}').fetch)(echo, { params: { id: 'a' }, body: { n: 1 } }).catch((e: unknown) => e);
    expect(wrong).toMatchObject({ body: { code: 'internal', message: expect.stringContaining('POST /api/things/:id') } });
    const html = await createApiClient(fakeFetch(502, '<html>Bad gateway</html>').fetch)(list).catch((e: unknown) => e);
    expect(html).toMatchObject({ status: 502, body: { code: 'internal', message: 'HTTP 502' } });
  });
});
