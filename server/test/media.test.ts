import { mkdirSync, readdirSync, readlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanFileName, sweepIncoming } from '../src/media/upload';
import { type TestServer, until, useTestServer } from './fixtures';

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
useTestServer(
  'editor',
  (server, cookie) => {
    t = server;
    editor = cookie;
  },
  { maxUploadBytes: 200_000 },
);

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

  it('refuses a form cut off inside the file, or inside a part it ignores, without crashing the process', async () => {
    const part = (field: string) => `--b\r\nContent-Disposition: form-data; name="${field}"; filename="a.mp4"\r\n\r\n`;
    for (const field of ['file', 'other']) {
      const cut = Buffer.concat([Buffer.from(part(field)), fakeMp4(1_000)]);
      const res = await t.http.post('/api/media').set('Cookie', editor).set('Content-Type', 'multipart/form-data; boundary=b').send(cut).expect(400);
      expect(res.body.message).toContain('cut off');
    }
    await t.http.get('/healthz').expect(200);
  });
});

describe('uploads cut off, and file names', () => {
  const jpeg = () => Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]), Buffer.from('JFIF'.padEnd(2000, '.'))]);
  /** A multipart body written byte for byte, as a browser sends it: the file name as raw UTF-8. */
  const form = (filename: string, body: Buffer) =>
    Buffer.concat([Buffer.from(`--b\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: image/jpeg\r\n\r\n`, 'utf8'), body, Buffer.from('\r\n--b--\r\n')]);
  const incoming = () => path.join(t.deps.config.dataDir, 'media', '.incoming');
  const leftovers = () => {
    try {
      return readdirSync(incoming());
    } catch {
      return []; // not made before the first upload
    }
  };
  /** This process's open files inside media/.incoming (the test server runs in this process). */
  const openHandles = () =>
    readdirSync('/proc/self/fd').flatMap((fd) => {
      try {
        return readlinkSync(`/proc/self/fd/${fd}`).includes('.incoming') ? [fd] : [];
      } catch {
        return []; // closed between the listing and the read
      }
    });

  it('keeps a Vietnamese name as typed, in NFC, without control or bidi characters', async () => {
    const typed = 'Ảnh hội nghị.jpg';
    const res = await t.http.post('/api/media').set('Cookie', editor).set('Content-Type', 'multipart/form-data; boundary=b').send(form(typed, jpeg())).expect(201);
    expect(res.body.name).toBe(typed);
    expect((await t.http.get('/api/media').set('Cookie', editor)).body.items[0].name).toBe(typed);
    // Decomposed (as macOS sends it), with a folder, a tab, a bell and a right-to-left override.
    const nasty = `C:\\Users\\me\\${'Lịch tiếp dân'.normalize('NFD')}\t\u0007\u202Egpj.exe`;
    expect(cleanFileName(nasty)).toBe('Lịch tiếp dân gpj.exe');
    expect(cleanFileName(nasty).normalize('NFC')).toBe(cleanFileName(nasty));
    expect(cleanFileName('\u0000\u0001')).toBe('upload');
    expect(cleanFileName(`${'ả'.repeat(300)}.jpg`)).toHaveLength(255);
  });

  it('removes the half-written file and closes it when the client goes away mid-upload', async () => {
    const { port } = new URL(t.url);
    for (let n = 0; n < 3; n++) {
      const whole = form(`clip-${n}.jpg`, Buffer.concat([jpeg(), Buffer.alloc(150_000, 7)]));
      const sock = connect(Number(port), '127.0.0.1');
      await new Promise((r) => sock.once('connect', r));
      sock.write(`POST /api/media HTTP/1.1\r\nHost: ${t.url.slice(7)}\r\nCookie: ${editor}\r\nContent-Type: multipart/form-data; boundary=b\r\nContent-Length: ${whole.length}\r\n\r\n`);
      sock.write(whole.subarray(0, 100_000));
      // The server has started writing the file before the connection drops.
      await until(async () => leftovers().length > 0);
      sock.destroy();
    }
    await until(async () => leftovers().length === 0 && openHandles().length === 0, 5000);
    expect((await t.http.get('/api/media').set('Cookie', editor)).body.items).toHaveLength(0);
    // And the server takes the next upload as usual.
    await t.http.post('/api/media').set('Cookie', editor).set('Content-Type', 'multipart/form-data; boundary=b').send(form('after.jpg', jpeg())).expect(201);
  });

  it("sweeps leftovers at start: its own at once, another node's only once they are stale", async () => {
    const dir = path.join(t.deps.config.dataDir, 'media');
    mkdirSync(incoming(), { recursive: true });
    const now = new Date();
    writeFileSync(path.join(incoming(), 'test-node~own'), 'x');
    writeFileSync(path.join(incoming(), 'other-node~live'), 'x');
    writeFileSync(path.join(incoming(), 'other-node~dead'), 'x');
    const hourAgo = new Date(now.getTime() - 3_600_000);
    utimesSync(path.join(incoming(), 'other-node~dead'), hourAgo, hourAgo);
    expect(await sweepIncoming(dir, 'test-node', now)).toBe(2);
    expect(leftovers()).toEqual(['other-node~live']);
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
    const unsatisfiable = await t.http.get(`/media/${id}`).set('Range', 'bytes=20000-').expect(416);
    // The refusal is an error to read, not a piece of the video: typed as JSON, with no disposition or ETag of the file.
    expect(unsatisfiable.headers['content-type']).toMatch(/^application\/json/);
    expect(unsatisfiable.body.message).toBeTruthy();
    expect(unsatisfiable.headers['content-disposition']).toBeUndefined();
    expect(unsatisfiable.headers['cache-control']).toBe('no-store');
    expect(unsatisfiable.headers['etag']).not.toBe(`"${id}"`);

    await t.http
      .get(`/media/${id}`)
      .set('If-None-Match', whole.headers['etag'] as string)
      .expect(304);
  });

  it('404s unknown media and 400s malformed ids', async () => {
    await t.http.get(`/media/${'a'.repeat(64)}`).expect(404);
    await t.http.get('/media/..%2F..%2Fhcc.sqlite').expect(400);
  });
});

describe('media library', () => {
  const textItem = { id: 't1', kind: 'text', title: 'Tin', durationMs: 10_000, heading: 'Tin', body: '' };
  const save = async (id: string, items: unknown[]) => {
    const p = (await t.http.get(`/api/playlists/${id}`).set('Cookie', editor).expect(200)).body;
    await t.http.put(`/api/playlists/${id}`).set('Cookie', editor).send({ name: p.name, centreId: p.centreId, target: p.target, items, baseRevision: p.revision }).expect(200);
  };

  it('says where each file is used and refuses to delete it until no draft or screen uses it', async () => {
    const clip = (await upload(fakeMp4(20_000), 'clip.mp4').expect(201)).body;
    const video = { id: 'v1', kind: 'video', title: 'Clip', durationMs: 10_000, mediaId: clip.id };
    const p = (
      await t.http
        .post('/api/playlists')
        .set('Cookie', editor)
        .send({ name: 'Sảnh', centreId: 'lt', target: {}, items: [video] })
        .expect(201)
    ).body;
    await t.http.post(`/api/playlists/${p.id}/publish`).set('Cookie', editor).expect(201);

    const listed = (await t.http.get('/api/media').set('Cookie', editor).expect(200)).body.items;
    expect(listed[0].usedBy).toEqual([{ playlistId: p.id, playlistName: 'Sảnh', onAir: true }]);
    const refused = await t.http.delete(`/api/media/${clip.id}`).set('Cookie', editor).expect(409);
    expect(refused.body.message).toContain('"Sảnh" (on air)');

    // Out of the draft, but the screens still play it.
    await save(p.id, [textItem]);
    await t.http.delete(`/api/media/${clip.id}`).set('Cookie', editor).expect(409);
    await t.http.post(`/api/playlists/${p.id}/publish`).set('Cookie', editor).expect(201);
    await t.http.delete(`/api/media/${clip.id}`).set('Cookie', editor).expect(200);
    await t.http.get(`/media/${clip.id}`).expect(404);
    expect(readdirSync(path.join(t.deps.config.dataDir, 'media')).filter((f) => f === clip.id)).toEqual([]);

    // Rolling back to the version that showed the deleted clip is refused, not pushed to screens.
    const rollback = await t.http.post(`/api/playlists/${p.id}/rollback`).set('Cookie', editor).send({ version: 1 }).expect(400);
    expect(rollback.body.message).toContain('does not exist');
  });

  it('lets only editors delete, and 404s a file that is not there', async () => {
    const img = (await upload(Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(200)]), 'a.jpg').expect(201)).body;
    const viewer = await t.login('viewer');
    await t.http.delete(`/api/media/${img.id}`).set('Cookie', viewer).expect(403);
    await t.http
      .delete(`/api/media/${'0'.repeat(64)}`)
      .set('Cookie', editor)
      .expect(404);
    expect((await t.http.get('/api/media').set('Cookie', viewer).expect(200)).body.items).toHaveLength(1);
  });
});

describe('poster frames', () => {
  const jpeg = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]), Buffer.from('JFIF\0'), Buffer.alloc(200, 7)]);
  const put = (id: string, body: Buffer, cookie = editor) => t.http.put(`/api/media/${id}/poster`).set('Cookie', cookie).set('Content-Type', 'image/jpeg').send(body);

  it("keeps a video's frame as its poster, named in the library and served inert", async () => {
    const { id } = (await upload(fakeMp4(20_000, 3), 'clip.mp4').expect(201)).body;
    expect((await t.http.get('/api/media').set('Cookie', editor)).body.items[0].poster).toBeNull();
    expect((await put(id, jpeg).expect(201)).body).toEqual({ poster: `/api/media/${id}/poster` });
    expect((await t.http.get('/api/media').set('Cookie', editor)).body.items[0].poster).toBe(`/api/media/${id}/poster`);
    const served = await t.http.get(`/api/media/${id}/poster`).set('Cookie', editor).expect(200).expect('Content-Type', 'image/jpeg');
    expect(served.headers['content-security-policy']).toContain('sandbox');
    expect(served.headers['x-content-type-options']).toBe('nosniff');
    expect(Buffer.compare(served.body as Buffer, jpeg)).toBe(0);
  });

  it('refuses what is not a JPEG frame of a known video, and viewers', async () => {
    const { id } = (await upload(fakeMp4(20_000, 4), 'clip.mp4').expect(201)).body;
    expect((await put(id, Buffer.from('<svg onload=alert(1)>')).expect(400)).body.message).toMatch(/JPEG/);
    await put('f'.repeat(64), jpeg).expect(404);
    await put('not-a-hash', jpeg).expect(400);
    await put(id, Buffer.concat([jpeg, Buffer.alloc(600 * 1024)])).expect(413);
    await put(id, jpeg, await t.login('viewer')).expect(403);
    await t.http.get(`/api/media/${id}/poster`).set('Cookie', editor).expect(404);
  });
});
