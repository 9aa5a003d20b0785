import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { adminSession, openConsole, useServerAndBrowser } from './harness';

/**
 * The report's pictures of the slides the player draws: the console draws them with the player's own
 * slide components when staff publish, and again for whatever is missing when the Reports page opens.
 */
const env = useServerAndBrowser({ beforeAll, afterAll });

type Playlist = { id: string; centreId: string; name: string; target: unknown; revision: number };
const item = (id: string, fields: Record<string, unknown>) => ({ id, title: id, durationMs: 10_000, ...fields });

async function draft(items: unknown[]) {
  const admin = await adminSession(env.server().url);
  const { items: playlists } = await admin.call<{ items: Playlist[] }>('GET', '/api/playlists');
  const p = playlists.find((x) => x.centreId === 'long-thanh') ?? playlists[0]!;
  await admin.call('PUT', `/api/playlists/${p.id}`, { name: p.name, centreId: p.centreId, target: p.target, items, baseRevision: p.revision });
  const missing = async () => (await admin.call<{ missing: { key: string; item: { kind: string; title: string } }[] }>('GET', `/api/slide-pictures?playlist=${p.id}`)).missing;
  return { admin, playlist: p, missing };
}

async function untilNoneMissing(missing: () => Promise<unknown[]>, timeoutMs = 30_000) {
  const end = Date.now() + timeoutMs;
  while ((await missing()).length > 0) {
    if (Date.now() > end) throw new Error(`still missing: ${JSON.stringify(await missing())}`);
    await new Promise((r) => setTimeout(r, 300));
  }
}

/** What the picture holds, read in the page: its size, its colour at a corner and how many colours it has. */
async function look(page: Page, key: string) {
  return page.evaluate(async (k) => {
    const blob = await (await fetch(`/api/slide-pictures/${k}`)).blob();
    const bitmap = await createImageBitmap(blob);
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(bitmap, 0, 0);
    const { data } = ctx.getImageData(0, 0, bitmap.width, bitmap.height);
    const colours = new Set<number>();
    for (let i = 0; i < data.length; i += 4) colours.add(((data[i]! >> 4) << 8) | ((data[i + 1]! >> 4) << 4) | (data[i + 2]! >> 4));
    return { type: blob.type, width: bitmap.width, height: bitmap.height, corner: [data[0], data[1], data[2]], colours: colours.size };
  }, key);
}

describe('pictures of drawn slides for the report', () => {
  it('publishing in the console draws every text, ticker, QR, spotlight and survey slide with the player’s renderer', async () => {
    const admin = await adminSession(env.server().url);
    const code = (await admin.call<{ items: { code: string }[] }>('GET', '/api/procedures?q=khai%20sinh&limit=1')).items[0]?.code;
    const { playlist, missing } = await draft([
      item('pic-text', { kind: 'text', heading: 'Giờ làm việc', body: 'Thứ Hai đến Thứ Sáu: 7 giờ – 17 giờ' }),
      item('pic-ticker', { kind: 'ticker', text: 'Nộp hồ sơ trực tuyến tại Cổng Dịch vụ công quốc gia' }),
      item('pic-qr', { kind: 'qr', url: 'https://dichvucong.gov.vn', caption: 'Quét mã để nộp hồ sơ trực tuyến' }),
      item('pic-survey', { kind: 'survey_results' }),
      ...(code ? [item('pic-proc', { kind: 'procedure', procedureCode: code })] : []),
    ]);
    // The demo's earlier versions have slides of their own without pictures yet: ours are among them.
    const before = (await missing()).filter((m) => m.item.title.startsWith('pic-'));
    expect(before.map((m) => m.item.kind).sort()).toEqual([...(code ? ['procedure'] : []), 'qr', 'survey_results', 'text', 'ticker'].sort());

    const ctx = await env.browser().newContext({ viewport: { width: 1280, height: 800 } });
    const { page, problems } = await openConsole(ctx, env.server().url);
    await page.getByTestId('tab-playlists').click();
    await page.getByTestId(`publish-${playlist.id}`).click();
    await page.getByTestId('publish-confirm').click();
    await untilNoneMissing(missing);

    // Kept for people to look at (.tmp is ignored by git).
    const dir = path.resolve(import.meta.dirname, '../.tmp/slide-pictures');
    await mkdir(dir, { recursive: true });
    for (const { key, item: it } of before) {
      await writeFile(
        path.join(dir, `${it.kind}.jpg`),
        Buffer.from(await (await fetch(`${env.server().url}/api/slide-pictures/${key}`, { headers: { Cookie: (await adminSession(env.server().url)).cookie } })).arrayBuffer()),
      );
      const pic = await look(page, key);
      expect(pic, it.kind).toMatchObject({ type: 'image/jpeg', width: 480, height: 270 });
      // A slide, not a blank: its backdrop and its words make many colours.
      expect(pic.colours, it.kind).toBeGreaterThan(8);
    }
    // Drawn with the slides' own style sheet: the text slide's navy backdrop (#0b2545) at its corner.
    const text = before.find((m) => m.item.kind === 'text')!;
    const [r = 0, g = 0, b = 0] = (await look(page, text.key)).corner;
    expect(b).toBeGreaterThan(r + 30);
    expect(g).toBeLessThan(90);
    // The QR slide sits on paper (#f4f6fa).
    expect(Math.min(...((await look(page, before.find((m) => m.item.kind === 'qr')!.key)).corner as number[]))).toBeGreaterThan(200);
    expect(problems).toEqual([]);
    await ctx.close();
  });

  it('opening Reports draws the slides published without the console', async () => {
    const { admin, playlist, missing } = await draft([
      item('later-text', { kind: 'text', heading: 'Thông báo', body: 'Nghỉ lễ Quốc khánh 2/9' }),
      item('later-ticker', { kind: 'ticker', text: 'Tra cứu hồ sơ bằng mã QR' }),
    ]);
    await admin.call('POST', `/api/playlists/${playlist.id}/publish`);
    expect((await missing()).map((m) => m.item.title)).toEqual(expect.arrayContaining(['later-text', 'later-ticker']));
    const ctx = await env.browser().newContext({ viewport: { width: 1280, height: 800 } });
    const { page } = await openConsole(ctx, env.server().url);
    await page.getByTestId('tab-reports').click();
    await untilNoneMissing(missing);
    await ctx.close();
  });
});
