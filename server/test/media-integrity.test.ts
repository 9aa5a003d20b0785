import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type TestServer, useTestServer } from './fixtures';

let t: TestServer;
let editor: string;
useTestServer('editor', (server, cookie) => {
  t = server;
  editor = cookie;
});

/** A PNG by its magic number, large enough to span several read chunks. */
const png = (size: number) => Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(size - 8, 7)]);
const fileOf = (id: string) => path.join(t.deps.config.dataDir, 'media', id);

describe('serving media whole', () => {
  it('sends an intact file whole, answers a revalidation with 304 and a range as asked', async () => {
    const body = png(200_000);
    const { id } = (await t.http.post('/api/media').set('Cookie', editor).attach('file', body, 'a.png').expect(201)).body;
    const res = await fetch(`${t.url}/media/${id}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-length')).toBe(String(body.length));
    expect(Buffer.from(await res.arrayBuffer()).equals(body)).toBe(true);
    // Through supertest: fetch() marks a request with its own If-None-Match as no-cache, which is never fresh.
    await t.http.get(`/media/${id}`).set('If-None-Match', `"${id}"`).expect(304);
    const part = await fetch(`${t.url}/media/${id}`, { headers: { Range: 'bytes=10-19' } });
    expect(part.status).toBe(206);
    expect(Buffer.from(await part.arrayBuffer()).equals(body.subarray(10, 20))).toBe(true);
  });

  it.each([
    ['overwritten on disk', (b: Buffer) => Buffer.alloc(b.length, 1)],
    ['truncated on disk', (b: Buffer) => b.subarray(0, 100_000)],
    ['cut to a few bytes', (b: Buffer) => b.subarray(0, 20)],
  ])('never sends a file %s whole: the download fails instead of being cached', async (_name, damage) => {
    const body = png(200_000);
    const { id } = (await t.http.post('/api/media').set('Cookie', editor).attach('file', body, 'a.png').expect(201)).body;
    writeFileSync(fileOf(id), damage(body));
    await expect(fetch(`${t.url}/media/${id}`).then((r) => r.arrayBuffer())).rejects.toThrow();
    // The server goes on serving.
    expect((await fetch(`${t.url}/healthz`)).status).toBe(200);
  });
});
