import { HEARTBEAT_MS } from '@hcc/shared/schemas/device';
import { PlaylistVersionSchema } from '@hcc/shared/schemas/playlist';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { adminSession, openConsole, openPage, useServerAndBrowser, waitForText } from './harness';
import { CONSOLE_TABS, TABLET_SIZES } from './views';

const env = useServerAndBrowser({ beforeAll, afterAll });
const ITEM = { kind: 'text', title: 'Giờ làm việc', durationMs: 10_000, heading: 'Giờ làm việc', body: 'Sáng 7:30–11:30', form: 'ban_tin' };

const rows = (page: Page) => page.getByTestId('playlist-row').count();

describe('the console on a tablet', () => {
  it.each(TABLET_SIZES)('keeps every tab on one rail, in view and one tap away, at $name', async (size) => {
    const ctx = await env.browser().newContext({ viewport: { width: size.width, height: size.height } });
    const { page, problems } = await openConsole(ctx, env.server().url);
    const boxes = await Promise.all(CONSOLE_TABS.map(async (tab) => ({ tab, box: await page.getByTestId(`tab-${tab}`).boundingBox() })));
    for (const { tab, box } of boxes) {
      if (!box) throw new Error(`tab ${tab} is not laid out`);
      // Inside the screen without scrolling, and big enough for a thumb.
      expect(box.y + box.height, tab).toBeLessThanOrEqual(size.height);
      expect(box.x + box.width, tab).toBeLessThanOrEqual(size.width);
      expect(box.height, tab).toBeGreaterThanOrEqual(44);
    }
    // One column: the rail does not wrap into several rows or columns, and leaves the page its width.
    expect(new Set(boxes.map((b) => Math.round(b.box?.x ?? -1))).size).toBe(1);
    expect(Math.max(...boxes.map((b) => b.box?.width ?? 0))).toBeLessThan(120);
    for (const tab of CONSOLE_TABS) {
      await page.getByTestId(`tab-${tab}`).click();
      expect(await page.getByTestId(`tab-${tab}`).getAttribute('aria-current')).toBe('page');
      // Each icon is a drawn SVG shipped with the app, not a character a tablet's fonts may lack.
      expect(await page.locator(`[data-testid="tab-${tab}"] svg path, [data-testid="tab-${tab}"] svg rect, [data-testid="tab-${tab}"] svg circle`).count()).toBeGreaterThan(0);
      const overflow = await page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth');
      expect(overflow, `page wider than the screen on ${tab}`).toBe(0);
    }
    expect(problems).toEqual([]);
    await ctx.close();
  });

  it('creates a playlist only for a centre chosen on purpose', async () => {
    const ctx = await env.browser().newContext({ viewport: { width: 768, height: 1024 } });
    const { page, problems } = await openConsole(ctx, env.server().url);
    await page.getByTestId('tab-playlists').click();
    await page.getByTestId('playlist-row').first().waitFor();
    const before = await rows(page);
    await page.getByTestId('playlist-create').click();
    // Nothing pre-chosen for a province-wide account: the select says so, and submitting asks for one.
    expect(await page.getByTestId('new-playlist-centre').inputValue()).toBe('');
    expect(await page.locator('[data-testid="new-playlist-centre"] option:checked').textContent()).toBe('— Chọn trung tâm —');
    await page.getByTestId('new-playlist-name').fill('Sảnh Lộc Tấn – thử');
    await page.getByTestId('new-playlist-submit').click();
    await page.getByText('Chọn trung tâm có màn hình sẽ phát danh sách này.').waitFor();
    expect(await rows(page)).toBe(before);
    const admin = await adminSession(env.server().url);
    expect((await admin.call<{ items: unknown[] }>('GET', '/api/playlists')).items).toHaveLength(before);

    await page.getByTestId('new-playlist-centre').selectOption('loc-tan');
    await page.getByTestId('new-playlist-submit').click();
    await page.getByTestId('playlist-editor').waitFor();
    expect(await page.getByTestId('playlist-centre').inputValue()).toBe('loc-tan');
    expect(await page.getByTestId('playlist-name').inputValue()).toBe('Sảnh Lộc Tấn – thử');
    const created = (await admin.call<{ items: { name: string; centreId: string }[] }>('GET', '/api/playlists')).items.find((p) => p.name === 'Sảnh Lộc Tấn – thử');
    expect(created?.centreId).toBe('loc-tan');
    expect(problems).toEqual([]);
    await ctx.close();
  });

  it('names the screens a publish changes, what they play now and after, and warns that one loses its loop', async () => {
    const admin = await adminSession(env.server().url);
    const p = await admin.call<{ id: string }>('POST', '/api/playlists', {
      name: 'Hai xã – e2e',
      centreId: 'long-thanh',
      target: { centreIds: ['long-thanh', 'loc-tan'], groups: [] },
      items: [{ id: 'e2e-text-1', ...ITEM }],
    });
    const ctx = await env.browser().newContext({ viewport: { width: 768, height: 1024 } });
    const { page, problems } = await openConsole(ctx, env.server().url);
    await page.getByTestId('tab-playlists').click();
    await page.getByTestId(`publish-${p.id}`).click();
    const summary = page.getByTestId('publish-summary');
    await summary.waitFor();
    const screens = await page.getByTestId('publish-screen').evaluateAll((els) => els.map((e) => ({ effect: e.getAttribute('data-effect'), text: e.textContent ?? '' })));
    const longThanh = screens.find((x) => x.text.includes('Long Thành'));
    const locTan = screens.find((x) => x.text.includes('Lộc Tấn'));
    expect(longThanh?.effect).toBe('replaces');
    expect(longThanh?.text).toContain('Đang phát “Màn hình chờ – xã Long Thành” (phiên bản 1) → sẽ phát “Hai xã – e2e”');
    // Lộc Tấn is ticked too, but its own playlist comes first: the summary says it will not change.
    expect(locTan?.effect).toBe('keeps');
    expect(locTan?.text).toContain('Vẫn phát “Màn hình chờ – xã Lộc Tấn”');
    const warning = await waitForText(page, 'publish-warning', /thôi phát toàn bộ danh sách đang chạy/);
    expect(warning).toContain('Màn hình sảnh chờ 1');
    expect(await page.getByTestId('publish-confirm').textContent()).toBe('Xuất bản lên 1 màn hình');
    await page.getByTestId('publish-confirm').click();
    await waitForText(page, 'playlists-notice', /Đã xuất bản “Hai xã – e2e”/);

    // Published: the same screen now only gets an update, and nothing is replaced any more.
    await page.getByTestId(`publish-${p.id}`).click();
    await summary.waitFor();
    expect(await page.locator(`[data-testid="publish-screen"][data-effect="updates"]`).count()).toBe(1);
    expect(await page.getByTestId('publish-warning').count()).toBe(0);
    expect(problems).toEqual([]);
    await ctx.close();
  });

  it('shows the centre the pairing form will assign, and pairs the device there', async () => {
    const admin = await adminSession(env.server().url);
    await admin.call('POST', '/api/users', { username: 'loctan.editor', displayName: 'Cán bộ Lộc Tấn', role: 'editor', centreId: 'loc-tan', password: 'loc-tan-password-1' });
    const ticket = (await (await fetch(`${env.server().url}/api/pairings`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ kind: 'screen' }) })).json()) as {
      code: string;
    };

    const ctx = await env.browser().newContext({ viewport: { width: 1024, height: 768 } });
    const { page, problems } = await openConsole(ctx, env.server().url, 'loctan.editor', 'loc-tan-password-1');
    await page.getByTestId('tab-devices').click();
    // The officer's own centre is shown from the start, before anything is touched.
    expect(await page.getByTestId('pair-centre').inputValue()).toBe('loc-tan');
    expect(await page.locator('[data-testid="pair-centre"] option:checked').textContent()).toBe('Trung tâm Phục vụ hành chính công xã Lộc Tấn');
    await page.getByTestId('pair-code').fill(ticket.code);
    await page.getByTestId('pair-name').fill('Màn hình quầy 3');
    await page.getByTestId('pair-approve').click();
    await waitForText(page, 'devices-notice', /Đã ghép nối “Màn hình quầy 3”/);
    // Paired but not yet switched on: said so, not "offline since —".
    const row = page.getByTestId('device-row').filter({ hasText: 'Màn hình quầy 3' });
    expect(await row.getByTestId('device-status').textContent()).toBe('Chưa kết nối lần nào');
    // The tablet loses its Wi-Fi: told above the page, not left with a wall that silently stops updating.
    await ctx.setOffline(true);
    await page.getByTestId('console-offline').waitFor();
    await ctx.setOffline(false);
    await page.getByTestId('console-offline').waitFor({ state: 'detached' });
    const { items } = await admin.call<{ items: { name: string; centreId: string }[] }>('GET', '/api/devices');
    expect(items.find((d) => d.name === 'Màn hình quầy 3')?.centreId).toBe('loc-tan');
    expect(problems).toEqual([]);
    await ctx.close();

    // A province-wide account has no centre of its own: the form asks for one instead of picking the first.
    const prov = await env.browser().newContext({ viewport: { width: 768, height: 1024 } });
    const { page: p2 } = await openConsole(prov, env.server().url);
    await p2.getByTestId('tab-devices').click();
    expect(await p2.locator('[data-testid="pair-centre"] option:checked').textContent()).toBe('— Chọn trung tâm —');
    await p2.getByTestId('pair-code').fill('123456');
    await p2.getByTestId('pair-name').fill('Không trung tâm');
    await p2.getByTestId('pair-approve').click();
    await p2.getByText('Chọn trung tâm của thiết bị.').waitFor();
    await prov.close();
  });

  it('names the item each screen is showing on the screen wall, not its id', async () => {
    const tv = await env.browser().newContext({ viewport: { width: 1280, height: 720 } });
    // The player reports its current item every 30 s (HEARTBEAT_MS): its clock is moved on, not waited for.
    await tv.clock.install();
    const { page: player } = await openPage(tv, `${env.server().url}/display/#token=${env.server().screenTokens[1]}`);
    await player.waitForSelector('[data-testid="now-playing"][data-item-id]:not([data-item-id=""])', { timeout: 20_000 });

    const ctx = await env.browser().newContext({ viewport: { width: 768, height: 1024 } });
    const { page, problems } = await openConsole(ctx, env.server().url);
    await page.getByTestId('tab-devices').click();
    const row = page.locator('[data-testid="device-row"][data-online="true"]').first();
    const playing = row.getByTestId('device-playing');
    await row.waitFor();
    await player.clock.fastForward(HEARTBEAT_MS);
    await playing.filter({ hasText: 'đang phát “' }).waitFor({ timeout: 45_000 });
    const text = (await playing.textContent()) ?? '';

    // The title shown is the title of an item of the version the screen reports playing.
    const admin = await adminSession(env.server().url);
    const devices = await admin.call<{ items: { id: string; playing: { playlistId: string; version: number } | null; heartbeat: { currentItemId: string | null } | null }[] }>('GET', '/api/devices');
    const rowId = await row.getAttribute('data-id');
    const device = devices.items.find((d) => d.id === rowId);
    if (!device?.playing) throw new Error('the screen reports nothing playing');
    const versions = z.object({ items: z.array(PlaylistVersionSchema) }).parse(await admin.call('GET', `/api/playlists/${device.playing.playlistId}/versions`)).items;
    const version = versions.find((v) => v.version === device.playing?.version);
    const titles = new Set(version?.items.map((i) => i.title));
    const shown = /đang phát “(.+)”$/.exec(text)?.[1];
    expect(shown && titles.has(shown)).toBe(true);
    expect(text).toContain(`“${version?.name}”`);
    expect(version?.items.some((i) => text.includes(i.id))).toBe(false);
    expect(problems).toEqual([]);
    await ctx.close();
    await tv.close();
  }, 90_000);
});
