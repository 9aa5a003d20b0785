import { api } from '@hcc/shared/api/contract';
import { urlFor } from '@hcc/shared/api/route';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './fixtures';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(async () => t.close());

const routes = Object.entries(api).flatMap(([area, rs]) => Object.entries(rs).map(([name, r]) => ({ name: `${area}.${name}`, ...r })));
/** A value each kind of path parameter accepts, so the request reaches the route's own checks. */
const SAMPLE: Record<string, string> = { id: 'no-such-thing', code: '1.000001', centreId: 'no-such-centre' };

describe('the server and the HTTP contract', () => {
  it.each(routes)('serves $method $path ($name)', async (r) => {
    const url = urlFor(r.path, Object.fromEntries(Object.keys(SAMPLE).map((k) => [k, r.path.includes('/media/') ? 'a'.repeat(64) : SAMPLE[k]])));
    const res = await t.http[r.method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete'](url).send(r.body ? {} : undefined);
    // Whatever the answer (401, 400, 404 for the sample id…), it is not the fallback for unknown routes.
    expect(res.body?.message ?? '').not.toMatch(/^No API route/);
  });

  it('asks a stranger to sign in before it looks at what was sent', async () => {
    const res = await t.http.put('/api/playlists/x').send({ name: 42 }).expect(401);
    expect(res.body.code).toBe('unauthorized');
  });

  it('names each bad part of a request in a 400 a person can read, and changes nothing', async () => {
    const editor = await t.login('editor');
    const before = (await t.http.get('/api/playlists').set('Cookie', editor).expect(200)).body.items.length;
    const res = await t.http.post('/api/playlists').set('Cookie', editor).send({ name: '', centreId: 'lt', target: {}, items: [], extra: 1 }).expect(400);
    expect(res.body.code).toBe('validation');
    expect(res.body.message).toMatch(/^Invalid request body: /);
    expect(res.body.issues.map((i: { path: string }) => i.path)).toEqual(expect.arrayContaining(['name']));
    const badPath = await t.http.get('/api/playlists/not%20an%20id').set('Cookie', editor).expect(400);
    expect(badPath.body.message).toMatch(/^Invalid path: id: /);
    const badQuery = await t.http.get('/api/register?centre=lt&from=yesterday&to=2026-01-01').set('Cookie', editor).expect(400);
    expect(badQuery.body.issues.map((i: { path: string }) => i.path)).toEqual(['from']);
    expect((await t.http.get('/api/playlists').set('Cookie', editor).expect(200)).body.items.length).toBe(before);
  });

  it('answers a created thing with the status the contract gives it', async () => {
    const editor = await t.login('editor');
    await t.http.post('/api/playlists').set('Cookie', editor).send({ name: 'Sảnh', centreId: 'lt', target: {}, items: [] }).expect(201);
  });
});
