import { readdirSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './fixtures';

/** An MP4-looking file: the right magic bytes followed by counted filler, so Range slices are checkable. */
const fakeMp4 = (size: number, seed = 0) => {
  const b = Buffer.alloc(size);
  b.set([0, 0, 0, 0x20], 0);
  b.write('ftypisom', 4, 'latin1');
  for (let i = 12; i < size; i++) b[i] = (i + seed) % 251;
  return b;
};

let t: TestServer;
let editor: string;
beforeEach(async () => {
  t = await startTestServer({ maxUploadBytes: 200_000 });
  editor = await t.login('editor');
});
afterEach(async () => t.close());

const upload = (body: Buffer, name: string, cookie = editor) => t.http.post('/api/media').set('Cookie', cookie).attach('file', body, name);

describe('media upload', () => {
  it('stores a video under its sha256, once', async () => {
    const file = fakeMp4(50_000);
    const first = await upload(file, 'clip.mp4').expect(201);
    expect(first.body).toMatchObject({ kind: 'video', mime: 'video/mp4', bytes: 50_000, name: 'clip.mp4' });
    expect(first.body.id).toMatch(/^[a-f0-9]{64}$/);
    const again = await upload(file, 'same-clip-renamed.mp4').expect(200);
    expect(again.body.id).toBe(first.body.id);
    expect((await t.http.get('/api/media').set('Cookie', editor)).body.items).toHaveLength(1);
  });

  it.each([
    ['SVG', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'.padEnd(100)), 'logo.svg'],
    ['HTML named .jpg', Buffer.from('<!doctype html><html><script>alert(1)</script></html>'.padEnd(100)), 'photo.jpg'],
    ['a shell script named .mp4', Buffer.from('#!/bin/sh\necho pwned\n'.padEnd(100)), 'clip.mp4'],
  ])('refuses %s with 415 and stores nothing', async (_name, body, name) => {
    const res = await upload(body, name).expect(415);
    expect(res.body.message).toMatch(/MP4|JPEG/);
    expect((await t.http.get('/api/media').set('Cookie', editor)).body.items).toHaveLength(0);
  });

  it('refuses a file over the size limit with 413 and leaves no partial file', async () => {
    const res = await upload(fakeMp4(300_000), 'big.mp4').expect(413);
    expect(res.body.code).toBe('too_large');
    const dir = path.join(t.deps.config.dataDir, 'media');
    const leftovers = readdirSync(dir, { recursive: true }).filter((f) => !String(f).endsWith('.incoming'));
    expect(leftovers).toEqual([]);
  });

  it('refuses a request that is not multipart, or has no file field', async () => {
    await t.http.post('/api/media').set('Cookie', editor).send({ file: 'x' }).expect(415);
    await t.http.post('/api/media').set('Cookie', editor).field('other', 'x').expect(400);
  });
});

describe('media serving', () => {
  it('answers Range requests, ETags and caches forever, inert', async () => {
    const file = fakeMp4(10_000, 7);
    const { id } = (await upload(file, 'clip.mp4').expect(201)).body;
    const whole = await t.http.get(`/media/${id}`).buffer(true).expect(200);
    expect(whole.headers['content-type']).toBe('video/mp4');
    expect(whole.headers['x-content-type-options']).toBe('nosniff');
    expect(whole.headers['content-security-policy']).toContain('sandbox');
    expect(whole.headers['cache-control']).toContain('immutable');
    expect(whole.headers['accept-ranges']).toBe('bytes');

    const part = await t.http.get(`/media/${id}`).set('Range', 'bytes=100-199').buffer(true).expect(206);
    expect(part.headers['content-range']).toBe('bytes 100-199/10000');
    expect(Buffer.compare(part.body as Buffer, file.subarray(100, 200))).toBe(0);

    const tail = await t.http.get(`/media/${id}`).set('Range', 'bytes=-10').buffer(true).expect(206);
    expect(Buffer.compare(tail.body as Buffer, file.subarray(9990))).toBe(0);
    await t.http.get(`/media/${id}`).set('Range', 'bytes=20000-').expect(416);

    await t.http.get(`/media/${id}`).set('If-None-Match', whole.headers['etag'] as string).expect(304);
  });

  it('404s unknown media and 400s malformed ids', async () => {
    await t.http.get(`/media/${'a'.repeat(64)}`).expect(404);
    await t.http.get('/media/..%2F..%2Fhcc.sqlite').expect(400);
  });
});
