import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { DeviceBootstrapSchema } from '@hcc/shared/schemas/bootstrap';
import { MediaLibraryItemSchema } from '@hcc/shared/schemas/media';
import { PlaylistVersionSchema } from '@hcc/shared/schemas/playlist';
import * as z from 'zod/mini';
import type { BrowserContext, Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, adminSession, openConsole, openPage, pairKiosk, PUSH_WITHIN_MS, useServerAndBrowser, waitForText } from './harness';

const env = useServerAndBrowser({ beforeAll, afterAll });
const NOW_PLAYING = '[data-testid="now-playing"]';
const TABLET_PORTRAIT = { width: 768, height: 1024 };
const TABLET_LANDSCAPE = { width: 1280, height: 800 };

const signIn = (ctx: BrowserContext, username?: string, password?: string) => openConsole(ctx, env.server().url, username, password);

/** "+ Tạo mới" asks for the centre first: nothing is created until one is chosen. */
async function newPlaylist(page: Page, centreId = 'long-thanh') {
  await page.getByTestId('playlist-create').click();
  await page.getByTestId('new-playlist-centre').selectOption(centreId);
  await page.getByTestId('new-playlist-submit').click();
  await page.getByTestId('playlist-editor').waitFor();
}

async function openPlayer(token: string): Promise<{ ctx: BrowserContext; page: Page }> {
  const ctx = await env.browser().newContext({ viewport: { width: 1280, height: 720 } });
  const { page } = await openPage(ctx, `${env.server().url}/display/#token=${token}`);
  await page.waitForSelector(`${NOW_PLAYING}[data-playlist-version="1"]`, { timeout: 20_000 });
  return { ctx, page };
}

/** A real demo clip made new: a trailing ISO-BMFF "free" box changes the hash and nothing a player reads. */
function freshClip(): Buffer {
  const free = Buffer.alloc(16);
  free.writeUInt32BE(16, 0);
  free.write('free', 4, 'latin1');
  free.write(String(Date.now()).slice(-8), 8, 'latin1');
  return Buffer.concat([readFileSync(new URL('../server/seed/media/chinh-quyen-so.mp4', import.meta.url)), free]);
}

async function createUser(role: 'viewer' | 'editor', username: string, password: string) {
  const admin = await adminSession(env.server().url);
  await admin.call('POST', '/api/users', { username, displayName: `${role} e2e`, role, password });
}

describe('staff console on a tablet', () => {
  it('builds a playlist from an uploaded clip, a spotlight and a QR code; the player follows publish and rollback', async () => {
    const player = await openPlayer(env.server().screenTokens[0] as string);
    const tablet = await env.browser().newContext({ viewport: TABLET_PORTRAIT });
    const { page, problems } = await signIn(tablet);

    // Upload: a clip goes in with a progress bar; a disguised HTML file is refused in Vietnamese.
    await page.getByTestId('tab-media').click();
    await page.getByTestId('media-file').setInputFiles({ name: 'evil.mp4', mimeType: 'video/mp4', buffer: Buffer.from('<html><script>alert(1)</script></html>'.padEnd(200)) });
    await waitForText(page, 'media-notice', /không phải video/);
    await page.getByTestId('media-file').setInputFiles({ name: 'clip-e2e.mp4', mimeType: 'video/mp4', buffer: freshClip() });
    await waitForText(page, 'media-notice', /Đã tải lên “clip-e2e.mp4”/);
    await page.locator('[data-testid="media-row"][data-name="clip-e2e.mp4"]').waitFor();
    // The library leaves the clip's frame on the server as its poster, the picture in the report's evidence.
    const posterOf = async () =>
      z
        .object({ items: z.array(MediaLibraryItemSchema) })
        .parse(await (await page.request.get(`${env.server().url}/api/media`)).json())
        .items.find((m) => m.name === 'clip-e2e.mp4')?.poster;
    await expect.poll(posterOf, { timeout: 10_000 }).toMatch(/\/poster$/);
    const poster = await page.request.get(`${env.server().url}${await posterOf()}`);
    expect(poster.headers()['content-type']).toBe('image/jpeg');

    // A new playlist with a video, a procedure spotlight and a QR item, for Long Thành's screens.
    await page.getByTestId('tab-playlists').click();
    await newPlaylist(page);
    await page.getByTestId('playlist-name').fill('Sảnh chờ – e2e');
    await page.getByRole('checkbox', { name: 'Trung tâm Phục vụ hành chính công xã Long Thành' }).check();

    await page.getByTestId('add-video').click();
    await page.getByTestId('item-media').selectOption({ label: 'clip-e2e.mp4' });
    await page.getByTestId('item-duration').fill('1');
    await page.getByText('Thời lượng từ 2 giây đến 30 phút.').waitFor();
    await page.getByTestId('item-duration').fill('6');

    await page.getByTestId('add-procedure').click();
    await page.getByTestId('spotlight-search').fill('khai sinh');
    await page.locator('[data-testid="spotlight-hit"][data-code="1.001193"]').check();
    await page.getByTestId('spotlight-add').click();

    await page.getByTestId('add-qr').click();
    await page.getByTestId('qr-url').fill('javascript:alert(1)');
    await page.getByText('Đường dẫn phải bắt đầu bằng https://, http:// hoặc tel:').first().waitFor();
    await page.getByTestId('playlist-save').click();
    await waitForText(page, 'editor-notice', /Chưa lưu/);
    // A well-formed link that leads nowhere is flagged before it goes on the wall (.invalid never resolves)…
    await page.getByTestId('qr-url').fill('http://dich-vu.invalid/');
    await waitForText(page, 'qr-link-warning', /không mở được liên kết này \(ENOTFOUND\)/);
    // …and one into the centre's own network is refused without being called.
    await page.getByTestId('qr-url').fill('http://192.168.1.10/dich-vu');
    await waitForText(page, 'qr-link-internal', /mạng nội bộ/);
    await page.getByTestId('qr-preset-hotline_1022').click();
    await page.getByTestId('qr-preview').waitFor();
    // The preview is the player's own renderer.
    await page.locator('[data-testid="item-preview"] .slide-qr').waitFor();

    await page.getByTestId('playlist-save').click();
    await waitForText(page, 'editor-notice', /Đã lưu/);
    expect(await page.getByTestId('item-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-kind')))).toEqual(['video', 'procedure', 'qr']);
    await page.getByText('‹ Danh sách').click();

    // Publish: the summary says what changes; the player switches at once (by push).
    const row = page.locator('[data-testid="playlist-row"]', { hasText: 'Sảnh chờ – e2e' });
    const id = await row.getAttribute('data-id');
    await page.getByTestId(`publish-${id}`).click();
    await waitForText(page, 'publish-summary', /Thêm 3/);
    const started = Date.now();
    await page.getByTestId('publish-confirm').click();
    await player.page.waitForSelector(`${NOW_PLAYING}[data-playlist-id="${id}"][data-kind="video"]`, { timeout: PUSH_WITHIN_MS });
    expect(Date.now() - started).toBeLessThan(PUSH_WITHIN_MS);

    // Version 2 puts the QR first (moved with the accessible buttons), then rollback brings version 1 back.
    await page.getByTestId(`edit-${id}`).click();
    // The row's small buttons are still a thumb's size: an arrow alone is narrow.
    await page.getByTestId('item-up').nth(2).waitFor();
    for (const b of await page.locator('[data-testid="item-up"], [data-testid="item-down"]').all()) expect((await b.boundingBox())?.width).toBeGreaterThanOrEqual(44);
    await page.getByTestId('item-up').nth(2).click();
    await page.getByTestId('item-up').nth(1).click();
    await page.getByTestId('playlist-save').click();
    await waitForText(page, 'editor-notice', /Đã lưu/);
    await page.getByText('‹ Danh sách').click();
    await page.getByTestId(`publish-${id}`).click();
    await waitForText(page, 'publish-summary', /Đổi thứ tự phát/);
    // The list may hear of the publish only after staff open the history (a slow link): what the history
    // offers to restore follows the server, not the list's copy.
    // Slowed while the history is opened, then answered at once. The route stays (an unroute settles the
    // held requests itself, and their late continue then throws); a held one may outlive the page.
    let slow = true;
    const late = (route: Route) => void setTimeout(() => void route.continue().catch(() => undefined), 2_000);
    await page.route(
      (url) => url.pathname === '/api/playlists',
      (route) => (slow ? late(route) : route.continue()),
    );
    await page.getByTestId('publish-confirm').click();
    await player.page.waitForSelector(`${NOW_PLAYING}[data-playlist-id="${id}"][data-playlist-version="2"][data-kind="qr"]`, { timeout: PUSH_WITHIN_MS });

    await page.getByTestId(`history-${id}`).click();
    await page.getByTestId('rollback-1').click();
    slow = false;
    await waitForText(page, 'playlists-notice', /Đã khôi phục phiên bản 1/);
    await player.page.waitForSelector(`${NOW_PLAYING}[data-playlist-id="${id}"][data-playlist-version="3"][data-kind="video"]`, { timeout: PUSH_WITHIN_MS });

    expect(problems).toEqual([]);
    await tablet.close();
    await player.ctx.close();
  });

  it('a viewer sees the playlists but cannot publish, in the UI or through the API', async () => {
    await createUser('viewer', 'viewer.e2e', 'viewer-password-1');
    const tablet = await env.browser().newContext({ viewport: TABLET_LANDSCAPE });
    const { page, problems } = await signIn(tablet, 'viewer.e2e', 'viewer-password-1');
    await page.getByTestId('tab-playlists').click();
    await page.getByTestId('playlist-row').first().waitFor();
    expect(await page.locator('[data-testid^="publish-"]').count()).toBe(0);
    expect(await page.getByTestId('playlist-create').count()).toBe(0);
    expect(await page.getByTestId('tab-users').count()).toBe(0);

    const login = await fetch(`${env.server().url}/api/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username: 'viewer.e2e', password: 'viewer-password-1' }),
    });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const refused = await fetch(`${env.server().url}/api/playlists/demo-long-thanh/publish`, { method: 'POST', headers: { Cookie: cookie } });
    expect(refused.status).toBe(403);
    expect(problems).toEqual([]);
    await tablet.close();
  });

  it('shows an emergency message on the player from the home screen and clears it in one tap', async () => {
    const player = await openPlayer(env.server().screenTokens[1] as string);
    const tablet = await env.browser().newContext({ viewport: TABLET_LANDSCAPE });
    const { page, problems } = await signIn(tablet);

    // The screens to choose from name their centre from the form's first frame, never its id first.
    await page.getByTestId('emergency-text').waitFor();
    const centres = (await (await page.request.get(`${env.server().url}/api/centres`)).json()) as { items: { id: string; name: string }[] };
    const labels = await page.locator('form fieldset label.check').allInnerTexts();
    expect(labels.length).toBeGreaterThan(0);
    for (const label of labels)
      expect(
        centres.items.some((c) => label.endsWith(`· ${c.name}`)),
        label,
      ).toBe(true);

    await page.getByTestId('emergency-show').click();
    await page.getByText('Nhập nội dung.').waitFor();
    await page.getByTestId('emergency-text').fill('Mất điện tạm thời, xin quý khách chờ trong giây lát.');
    await page.getByTestId('emergency-show').click();
    await player.page.waitForSelector('[data-testid="emergency"]:has-text("Mất điện tạm thời")', { timeout: PUSH_WITHIN_MS });

    await page.getByTestId('emergency-clear-all').click();
    await player.page.waitForSelector('[data-testid="emergency"]', { state: 'detached', timeout: PUSH_WITHIN_MS });
    await waitForText(page, 'home-notice', /Đã gỡ/);
    expect(problems).toEqual([]);
    await tablet.close();
    await player.ctx.close();
  });

  it("includes the province's campaign in a commune's playlist, leaving one of its items out", async () => {
    const tablet = await env.browser().newContext({ viewport: TABLET_LANDSCAPE });
    const { page, problems } = await signIn(tablet);
    await page.getByTestId('tab-playlists').click();
    await page.getByTestId('edit-demo-long-thanh').click();
    await page.getByTestId('playlist-editor').waitFor();
    await page.locator('[data-testid="add-campaign"][data-campaign="demo-campaign-dvc"]').click();
    await page.getByTestId('campaign-place').waitFor();
    // The QR stays a province matter here: untick it.
    await page.getByTestId('campaign-place').getByLabel('Chiến dịch: QR Cổng Dịch vụ công').uncheck();
    await page.getByTestId('playlist-save').click();
    await waitForText(page, 'editor-notice', /Đã lưu/);
    await page.getByText('‹ Danh sách').click();
    const onAir = async () => z.object({ items: z.array(PlaylistVersionSchema) }).parse(await (await page.request.get(`${env.server().url}/api/playlists/demo-long-thanh/versions`)).json()).items[0];
    const before = (await onAir())?.version ?? 0;
    await page.getByTestId('publish-demo-long-thanh').click();
    // The summary names the campaign's place, not the items it will be filled with.
    await waitForText(page, 'publish-summary', /Thêm 1/);
    await page.getByTestId('publish-confirm').click();
    await expect.poll(async () => (await onAir())?.version).toBeGreaterThan(before);
    const ids = (await onAir())?.items.map((i) => i.id) ?? [];
    expect(ids).toContain('campaign-dvc-news');
    expect(ids).not.toContain('campaign-dvc-qr');
    expect(problems).toEqual([]);
    await tablet.close();
  });

  it('two editors on one playlist: the second sees the first save live and a stale save is refused, losing nothing', async () => {
    await createUser('editor', 'editor.e2e', 'editor-password-1');
    const a = await signIn(await env.browser().newContext({ viewport: TABLET_PORTRAIT }));
    const b = await signIn(await env.browser().newContext({ viewport: TABLET_LANDSCAPE }), 'editor.e2e', 'editor-password-1');
    for (const { page } of [a, b]) {
      await page.getByTestId('tab-playlists').click();
      await page.getByTestId('edit-demo-loc-tan').click();
      await page.getByTestId('playlist-editor').waitFor();
    }
    await b.page.getByTestId('playlist-name').fill('Tên của biên tập viên B');
    await a.page.getByTestId('playlist-name').fill('Tên của quản trị A');
    await a.page.getByTestId('playlist-save').click();
    await waitForText(a.page, 'editor-notice', /Đã lưu/);

    await waitForText(b.page, 'editor-remote', /admin vừa lưu bản mới/);
    await b.page.getByTestId('playlist-save').click();
    await waitForText(b.page, 'editor-notice', /Người khác đã lưu danh sách này trước bạn/);
    expect(await b.page.getByTestId('playlist-name').inputValue()).toBe('Tên của biên tập viên B');

    const admin = await adminSession(env.server().url);
    expect((await admin.call<{ name: string }>('GET', '/api/playlists/demo-loc-tan')).name).toBe('Tên của quản trị A');

    // Taking the latest shows A's version, and B can then save on top of it.
    await b.page.getByTestId('playlist-reload').click();
    await expect.poll(() => b.page.getByTestId('playlist-name').inputValue()).toBe('Tên của quản trị A');
    expect(await b.page.getByTestId('editor-remote').count()).toBe(0);
    expect(a.problems).toEqual([]);
    expect(b.problems).toEqual([]);
  });

  it('keeps unsaved work through an expired session, refuses an empty publish, and reorders by dragging', async () => {
    const tablet = await env.browser().newContext({ viewport: TABLET_PORTRAIT });
    const { page, problems } = await signIn(tablet);
    await page.getByTestId('tab-playlists').click();
    await newPlaylist(page);
    await page.getByTestId('playlist-name').fill('Danh sách thử phiên');
    await page.getByTestId('add-text').click();
    await page.getByTestId('add-qr').click();
    await page.getByTestId('add-survey_results').click();

    // Drag the third item's handle onto the first row (the form closed, so both are in view).
    await page.getByTestId('item-edit').nth(2).click();
    await page.getByTestId('item-list').scrollIntoViewIfNeeded();
    const handle = page.locator('[data-testid="item-row"] .handle').nth(2);
    const target = page.getByTestId('item-row').first();
    const from = await handle.boundingBox();
    const to = await target.boundingBox();
    if (!from || !to) throw new Error('rows not laid out');
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(to.x + 40, to.y + to.height / 2, { steps: 8 });
    await page.mouse.up();
    expect(await page.getByTestId('item-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-kind')))).toEqual(['survey_results', 'text', 'qr']);

    // The session ends behind the tablet's back (signed out elsewhere): saving asks to sign in again, over the page.
    const sid = (await tablet.cookies()).find((c) => c.name === 'hcc_sid');
    if (!sid) throw new Error('no session cookie');
    expect((await fetch(`${env.server().url}/api/auth/logout`, { method: 'POST', headers: { Cookie: `hcc_sid=${sid.value}` } })).ok).toBe(true);
    await page.getByTestId('playlist-save').click();
    await page.getByTestId('session-expired').waitFor();
    await page.locator('.overlay [data-testid="login-username"]').fill('admin');
    await page.locator('.overlay [data-testid="login-password"]').fill(ADMIN_PASSWORD);
    await page.locator('.overlay [data-testid="login-submit"]').click();
    await page.getByTestId('session-expired').waitFor({ state: 'detached' });
    expect(await page.getByTestId('playlist-name').inputValue()).toBe('Danh sách thử phiên');
    expect(await page.getByTestId('item-row').count()).toBe(3);
    await page.getByTestId('playlist-save').click();
    await waitForText(page, 'editor-notice', /Đã lưu/);

    // An empty playlist cannot go on the screens; the message says why.
    await page.getByText('‹ Danh sách').click();
    await newPlaylist(page);
    await page.getByText('‹ Danh sách').click();
    const empty = page.locator('[data-testid="playlist-row"]', { hasText: 'Danh sách phát mới' });
    await page.getByTestId(`publish-${await empty.getAttribute('data-id')}`).click();
    await page.getByTestId('publish-confirm').click();
    await waitForText(page, 'playlists-notice', /Danh sách phát trống/);

    // English on request, remembered on the tablet.
    await page.getByTestId('lang-switch').click();
    expect(await page.getByTestId('tab-playlists').textContent()).toBe('Playlists');
    await page.reload();
    await page.getByTestId('tab-home').waitFor();
    expect(await page.getByTestId('tab-home').textContent()).toBe('Home');
    expect(problems).toEqual([]);
    await tablet.close();
  });

  it('imports catalogue lines with a preview that names the broken row; the kiosk then finds the new procedure', async () => {
    const crawl = gunzipSync(readFileSync(new URL('../server/seed/tthc/national-crawl.jsonl.gz', import.meta.url)))
      .toString('utf8')
      .split('\n');
    const crawled = crawl.find((l) => l.includes('"3.000346"'));
    if (!crawled) throw new Error('crawl line 3.000346 missing');
    // The demo holds the whole crawl: the line comes back as a procedure the catalogue does not have yet.
    const licence = crawled.replace('"3.000346"', '"3.999346"').replace('"Cấp giấy phép lái xe"', '"Cấp giấy phép lái tàu lượn siêu nhẹ"');
    if (licence === crawled) throw new Error('crawl line 3.000346 changed shape');
    const tablet = await env.browser().newContext({ viewport: TABLET_LANDSCAPE });
    const { page, problems } = await signIn(tablet);
    await page.getByTestId('tab-catalogue').click();
    await page.getByTestId('catalogue-file').setInputFiles({ name: 'them-thu-tuc.jsonl', mimeType: 'application/octet-stream', buffer: Buffer.from(`${licence}\n{broken\n`) });
    await page.getByTestId('catalogue-preview').click();
    const preview = await waitForText(page, 'catalogue-report', /Sẽ nhập/);
    expect(preview).toContain('thêm 1');
    expect(preview).toContain('them-thu-tuc.jsonl:2: not valid JSON');
    await page.getByTestId('catalogue-apply').click();
    await waitForText(page, 'catalogue-notice', /Đã nhập danh mục/);
    expect(problems).toEqual([]);
    await tablet.close();

    const kiosk = await env.browser().newContext({ viewport: { width: 1080, height: 1920 } });
    // A kiosk of the province finds the new procedure once the import is done.
    const { page: k } = await openPage(kiosk, (await pairKiosk(env.server().url, 'dong-nai')).url);
    await k.getByTestId('tile-search').click();
    await k.getByTestId('kiosk-search').pressSequentially('giay phep lai tau luon');
    await k.locator('[data-testid="kiosk-result"][data-code="3.999346"]').waitFor();
    await kiosk.close();
  });

  it("shows a commune's admin that its import leaves the shared procedure texts as the province keeps them", async () => {
    const crawled = gunzipSync(readFileSync(new URL('../server/seed/tthc/national-crawl.jsonl.gz', import.meta.url)))
      .toString('utf8')
      .split('\n')
      .find((l) => l.includes('"1.004222"'));
    const edited = crawled?.replace('"Đăng ký thường trú"', '"Đăng ký thường trú (bản của xã)"');
    if (!crawled || edited === crawled) throw new Error('crawl line 1.004222 changed shape');
    const admin = await adminSession(env.server().url);
    await admin.call('POST', '/api/users', { username: 'longthanh.admin', displayName: 'Quản trị Long Thành', role: 'admin', centreId: 'long-thanh', password: 'long-thanh-admin-1' });
    const tablet = await env.browser().newContext({ viewport: TABLET_PORTRAIT });
    const { page, problems } = await signIn(tablet, 'longthanh.admin', 'long-thanh-admin-1');
    await page.getByTestId('tab-catalogue').click();
    await page.getByTestId('catalogue-file').setInputFiles({ name: 'danh-muc-xa.jsonl', mimeType: 'application/octet-stream', buffer: Buffer.from(`${edited}\n`) });
    await page.getByTestId('catalogue-centre').selectOption('long-thanh');
    await page.getByTestId('catalogue-preview').click();
    await waitForText(page, 'catalogue-report', /Sẽ nhập/);
    await page.getByTestId('catalogue-apply').click();
    await waitForText(page, 'catalogue-notice', /Đã nhập danh mục/);
    expect(await page.getByTestId('catalogue-kept-shared').textContent()).toContain('Không sửa 1 thủ tục có nội dung khác trong tệp');
    expect(await page.getByTestId('catalogue-kept-shared').textContent()).toContain('1.004222');
    expect((await (await page.request.get(`${env.server().url}/api/procedures/1.004222`)).json()).name).toBe('Đăng ký thường trú');
    expect(problems).toEqual([]);
    await tablet.close();
  });

  it('signs in and lists the playlists over a slow link (400 ms round trips, 400 kbit/s) within 20 s', async () => {
    const tablet = await env.browser().newContext({ viewport: TABLET_PORTRAIT });
    const page = await tablet.newPage();
    const cdp = await tablet.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 400, downloadThroughput: 50_000, uploadThroughput: 50_000 });
    const started = Date.now();
    await page.goto(`${env.server().url}/console/`);
    await page.getByTestId('login-username').fill('admin');
    await page.getByTestId('login-password').fill(ADMIN_PASSWORD);
    await page.getByTestId('login-submit').click();
    await page.getByTestId('tab-playlists').click({ timeout: 20_000 });
    await page.getByTestId('playlist-row').first().waitFor({ timeout: 20_000 });
    expect(Date.now() - started).toBeLessThan(20_000);
    await tablet.close();
  });

  it('reports a period against the seeded plan with a chart and Word/Excel downloads, refuses a backwards period, and takes a new plan row', async () => {
    // Showings reported by a demo screen of Long Thành, as its player would send them.
    const token = env.server().screenTokens[0] as string;
    const boot = DeviceBootstrapSchema.parse(await (await fetch(`${env.server().url}/api/device/bootstrap`, { headers: { Authorization: `Bearer ${token}` } })).json());
    const onAir = boot.push?.version;
    if (!onAir) throw new Error('the demo screen has no playlist on air');
    const impressions = [0, 1, 2].map((k) => ({
      id: crypto.randomUUID(),
      deviceId: boot.device.id,
      itemId: onAir.items[0]?.id,
      playlistId: onAir.playlistId,
      playlistVersion: onAir.version,
      startedAt: new Date(Date.now() - k * 60_000).toISOString(),
      durationMs: Math.min(10_000, onAir.items[0]?.durationMs ?? 10_000),
      completed: true,
      reason: 'completed',
    }));
    const sent = await fetch(`${env.server().url}/api/impressions`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ impressions }),
    });
    expect(sent.status).toBe(200);
    const tablet = await env.browser().newContext({ viewport: TABLET_LANDSCAPE, acceptDownloads: true });
    const { page, problems } = await signIn(tablet);
    await page.getByTestId('tab-reports').click();
    await page.getByTestId('report-centre').selectOption('long-thanh');
    await page.getByTestId('plan-targets').locator('li').nth(3).waitFor();
    await page.getByTestId('report-run').click();
    await page.getByTestId('report-targets').locator('tr').nth(3).waitFor();
    expect(await page.getByTestId('report-targets').textContent()).toContain('Mỗi tháng ít nhất 4 bản tin, bài viết');
    expect(await page.getByTestId('report').textContent()).toContain('nhật ký toàn vẹn');
    // The chart library arrives with the first report that has showings, and draws on a canvas.
    await page.getByTestId('report-chart').locator('canvas').waitFor();
    expect(await page.getByTestId('report-uptime').locator('tr').count()).toBeGreaterThan(0);
    for (const [testId, magic, ext] of [
      ['report-docx', 'PK', '.docx'],
      ['report-xlsx', 'PK', '.xlsx'],
    ] as const) {
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
      expect(download.suggestedFilename()).toMatch(new RegExp(`^bao-cao-long-thanh-.*\\${ext}$`));
      const file = await download.path();
      expect(readFileSync(file).subarray(0, 2).toString()).toBe(magic);
    }

    await page.getByTestId('report-from').fill('2026-12-31');
    await page.getByTestId('report-to').fill('2026-01-01');
    await page.getByTestId('report-run').click();
    await waitForText(page, 'report-notice', /ngày bắt đầu phải trước ngày kết thúc/);

    await page.getByTestId('target-content').fill('Màn hình chờ giới thiệu thủ tục hành chính');
    await page.getByTestId('target-product').fill('Mỗi tuần ít nhất 03 thủ tục');
    await page.getByTestId('target-form').selectOption('niem_yet_tthc');
    await page.getByTestId('target-count').fill('3');
    await page.getByTestId('target-add').click();
    await waitForText(page, 'plan-targets', /Màn hình chờ giới thiệu thủ tục hành chính/);
    expect(problems).toEqual([]);
    await tablet.close();
  });
});
