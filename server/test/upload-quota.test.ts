import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type TestServer, useTestServer } from './fixtures';

/** A PNG's signature and header followed by `size` bytes of filler: a distinct file per `seed`. */
const png = (size: number, seed: number) => Buffer.concat([Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), Buffer.alloc(size, seed)]);
const KB = 1024;

let t: TestServer;
let editor: string;
useTestServer(
  'editor',
  (server, cookie) => {
    t = server;
    editor = cookie;
  },
  { uploadBytesPerDay: 100 * KB, mediaStorageBytes: 250 * KB },
);

const upload = (body: Buffer, cookie = editor) => t.http.post('/api/media').set('Cookie', cookie).attach('file', body, 'picture.png');
const stored = async () => (await t.http.get('/api/media').set('Cookie', editor).expect(200)).body.items.length as number;
const leftovers = () =>
  readdirSync(path.join(t.deps.config.dataDir, 'media', '.incoming'))
    .map(String)
    .filter((f) => !f.startsWith('.'));

describe("an editor's uploads in a day", () => {
  it('stop at the account’s bytes, with 429 and when to come back; what fits still goes, and other accounts are not held back', async () => {
    await upload(png(60 * KB, 1)).expect(201);
    const refused = await upload(png(60 * KB, 2)).expect(429);
    expect(refused.body.code).toBe('rate_limited');
    expect(refused.body.message).toMatch(/^Tài khoản này đã tải lên đủ 100 KB trong 24 giờ/);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(3600);
    expect(await stored()).toBe(1);
    expect(leftovers()).toEqual([]);
    // A refused upload used none of the day's room: what is left still fits.
    await upload(png(30 * KB, 3)).expect(201);
    await upload(png(30 * KB, 4)).expect(429);
    await upload(png(60 * KB, 5), await t.login('editor')).expect(201);
    expect(await stored()).toBe(3);
  });

  it('sent side by side cannot pass the bound together', async () => {
    const both = await Promise.all([upload(png(60 * KB, 6)), upload(png(60 * KB, 7))]);
    expect(both.map((r) => r.status).sort()).toEqual([201, 429]);
    expect(await stored()).toBe(1);
  });
});

describe('the media library', () => {
  it('refuses what would pass its total with 413, keeps what it holds, and takes more once files are deleted', async () => {
    const a = (await upload(png(90 * KB, 8)).expect(201)).body.id as string;
    await upload(png(90 * KB, 9), await t.login('editor')).expect(201);
    const full = await upload(png(90 * KB, 10), await t.login('editor')).expect(413);
    expect(full.body.code).toBe('too_large');
    expect(full.body.message).toMatch(/^Thư viện đã dùng 180 KB trên 250 KB cho phép/);
    expect(await stored()).toBe(2);
    expect(leftovers()).toEqual([]);
    await t.http.delete(`/api/media/${a}`).set('Cookie', editor).expect(200);
    await upload(png(90 * KB, 10), await t.login('editor')).expect(201);
  });
});
