import { slideContent } from '@hcc/shared/playlists/slide-content';
import { PlaylistItemSchema } from '@hcc/shared/schemas/playlist';
import { describe, expect, it } from 'vitest';
import { slidePictureKey } from '../src/playlists/slide-picture-repo';
import { randomUUID } from 'node:crypto';
import JSZip from 'jszip';
import { makeItem, type TestServer, useTestServer } from './fixtures';

let t: TestServer;
let editor: string;
useTestServer('editor', (server, cookie) => {
  t = server;
  editor = cookie;
});

const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]), Buffer.from('JFIF'.padEnd(500, '.'))]);
const ITEMS = [
  makeItem({ kind: 'text', heading: 'Giờ làm việc', body: 'Thứ Hai đến Thứ Sáu' } as never),
  makeItem({ kind: 'ticker', text: 'Nộp hồ sơ trực tuyến tại dichvucong.gov.vn' } as never),
  makeItem({ kind: 'qr', url: 'https://dichvucong.gov.vn', caption: 'Cổng Dịch vụ công' } as never),
  makeItem({ kind: 'survey_results' } as never),
  makeItem({ kind: 'emergency', text: 'Tạm ngừng tiếp nhận hồ sơ đất đai chiều nay', severity: 'info' } as never),
];

async function publishedPlaylist() {
  const p = (
    await t.http
      .post('/api/playlists')
      .set('Cookie', editor)
      .send({ name: 'Sảnh chờ', centreId: 'lt', target: { centreIds: [], groups: [] }, items: ITEMS })
      .expect(201)
  ).body;
  await t.http.post(`/api/playlists/${p.id}/publish`).set('Cookie', editor).expect(201);
  return p as { id: string; items: unknown[] };
}
const missing = async (id: string, cookie = editor) =>
  (await t.http.get(`/api/slide-pictures?playlist=${id}`).set('Cookie', cookie).expect(200)).body.missing as { key: string; item: { kind: string } }[];

describe('slide pictures', () => {
  it('lists the drawn slides still without a picture, keyed by what they show, and keeps the first picture sent', async () => {
    const p = await publishedPlaylist();
    const keys = p.items.map((i) => slidePictureKey(slideContent(PlaylistItemSchema.parse(i)) ?? ''));
    const before = await missing(p.id);
    expect(before.map((m) => m.key).sort()).toEqual([...keys].sort());
    expect(before.map((m) => m.item.kind).sort()).toEqual(['emergency', 'qr', 'survey_results', 'text', 'ticker']);
    for (const key of keys)
      expect((await t.http.put(`/api/slide-pictures/${key}?playlist=${p.id}`).set('Cookie', editor).set('Content-Type', 'image/jpeg').send(JPEG).expect(201)).body).toEqual({ key, saved: true });
    expect(await missing(p.id)).toEqual([]);
    // A second picture of the same slide does not replace the first.
    const again = await t.http
      .put(`/api/slide-pictures/${keys[0]}?playlist=${p.id}`)
      .set('Cookie', editor)
      .set('Content-Type', 'image/jpeg')
      .send(Buffer.concat([JPEG, Buffer.from('x')]))
      .expect(200);
    expect(again.body.saved).toBe(false);
    const kept = await t.http
      .get(`/api/slide-pictures/${keys[0]}`)
      .set('Cookie', await t.login('viewer'))
      .buffer(true)
      .expect(200);
    expect(kept.headers['content-type']).toBe('image/jpeg');
    expect(Buffer.from(kept.body).equals(JPEG)).toBe(true);
    await t.http
      .get(`/api/slide-pictures/${'0'.repeat(64)}`)
      .set('Cookie', editor)
      .expect(404);
  });

  it('refuses a picture of a slide the playlist does not have, one that is not a JPEG, and other centres and viewers', async () => {
    const p = await publishedPlaylist();
    const [first] = await missing(p.id);
    const put = (key: string, cookie: string, body = JPEG) => t.http.put(`/api/slide-pictures/${key}?playlist=${p.id}`).set('Cookie', cookie).set('Content-Type', 'image/jpeg').send(body);
    expect((await put('0'.repeat(64), editor).expect(404)).body.message).toMatch(/Không có trang trình chiếu/);
    expect((await put(first!.key, editor, Buffer.from('<svg/>')).expect(400)).body.message).toMatch(/JPEG/);
    await put(first!.key, await t.login('editor', 'ltan')).expect(403);
    await put(first!.key, await t.login('viewer')).expect(403);
    await t.http
      .get(`/api/slide-pictures?playlist=${p.id}`)
      .set('Cookie', await t.login('editor', 'ltan'))
      .expect(403);
    expect(await missing(p.id)).toHaveLength(5);
  });

  it('prints each shown slide with its own picture in the DOCX evidence, read back from the file', async () => {
    const p = await publishedPlaylist();
    const { deviceId } = await t.pairDevice({ centreId: 'lt' });
    const started = new Date(Date.now() - 3_600_000).toISOString();
    const items = p.items as { id: string }[];
    await t.deps.store.impressions.insertBatch(
      items.map((i) => ({ id: randomUUID(), deviceId, itemId: i.id, playlistId: p.id, playlistVersion: 1, startedAt: started, durationMs: 5_000, completed: true, reason: 'completed' as const })),
      new Date().toISOString(),
    );
    // A distinct picture per slide, so each can be found in the document.
    const pictures = new Map<string, Buffer>();
    for (const [n, { key }] of (await missing(p.id)).entries()) {
      const jpeg = Buffer.concat([JPEG, Buffer.from(`slide ${n}`)]);
      pictures.set(key, jpeg);
      await t.http.put(`/api/slide-pictures/${key}?playlist=${p.id}`).set('Cookie', editor).set('Content-Type', 'image/jpeg').send(jpeg).expect(201);
    }
    const day = new Date(Date.now() + 7 * 3_600_000 - 3_600_000).toISOString().slice(0, 10);
    const res = await t.http
      .get(`/api/reports?from=${day}&to=${day}&centre=lt&format=docx`)
      .set('Cookie', editor)
      .buffer(true)
      .parse((r, done) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    const zip = await JSZip.loadAsync(res.body as Buffer);
    const media = await Promise.all(
      Object.values(zip.files)
        .filter((f) => f.name.startsWith('word/media/'))
        .map((f) => f.async('nodebuffer')),
    );
    // The chart and the five slides' pictures, each one of those sent.
    expect(media).toHaveLength(1 + pictures.size);
    for (const jpeg of pictures.values()) expect(media.some((m) => m.equals(jpeg))).toBe(true);
    expect(await zip.file('word/document.xml')?.async('string')).not.toContain('Chưa có ảnh');
  });
});
