import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DOSSIER_PATHS } from '@hcc/shared/schemas/dossier';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DossierFeedStatus } from '@hcc/shared/schemas/dossier';
import { adminSession, openConsole, useServerAndBrowser } from './harness';

/**
 * The console's dossier feed tab on a tablet: a token issued and shown once, used by a connector,
 * then revoked; the one-stop system's export previewed with its broken rows named, then stored; a
 * feed's settings edited; the screen wall warning of a stale feed.
 */
const env = useServerAndBrowser({ beforeAll, afterAll });
const TABLET = { width: 768, height: 1024 };
const SHOTS = path.join(fileURLToPath(new URL('..', import.meta.url)), 'screenshots');

const batch = (secret: string) =>
  fetch(`${env.server().url}${DOSSIER_PATHS.batch}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${secret}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ rows: [{ code: 'TOKEN-E2E-0001', procedureCode: '1.001193', receivedAt: '2026-12-01T01:00:00.000Z', status: 'received', updatedAt: '2026-12-01T01:00:00.000Z' }] }),
  });

/** An export as the one-stop system writes it: identity columns it must never read, one good row, two broken. */
const CSV = [
  'STT,Mã hồ sơ,Mã thủ tục,Chủ hồ sơ,Số CCCD,Số điện thoại,Ngày tiếp nhận,Ngày hẹn trả,Trạng thái,Ngày có kết quả',
  '1,CSV-LT-0001,1.001193,Lê Văn Tám,079203001234,0912345678,01/12/2026 08:00,04/12/2026,Đã có kết quả,03/12/2026 15:00',
  '2,CSV-LT-0002,1.001193,Phạm Thị Hoa,,,32/12/2026,,Đã tiếp nhận,',
  '3,CSV-LT-0003,1.004873,Đỗ Minh,,,01/12/2026,,Đang ngủ,',
].join('\r\n');

beforeAll(() => mkdirSync(SHOTS, { recursive: true }));

const feedOf = async (centreId: string) => {
  const admin = await adminSession(env.server().url);
  const feeds = await admin.call<DossierFeedStatus[]>('GET', DOSSIER_PATHS.feeds);
  return feeds.find((f) => f.centreId === centreId);
};

describe('console: dossier feed', () => {
  it('issues a token shown once, which a connector uses until it is revoked', async () => {
    const ctx = await env.browser().newContext({ viewport: TABLET });
    const { page, problems } = await openConsole(ctx, env.server().url);
    await page.getByTestId('tab-dossiers').click();
    await page.getByTestId('token-name').fill('Một cửa tỉnh (e2e)');
    await page.getByTestId('token-centre').selectOption('long-thanh');
    await page.getByTestId('token-issue').click();
    const secret = ((await page.getByTestId('token-secret-value').textContent()) ?? '').trim();
    expect(secret.length).toBeGreaterThanOrEqual(20);
    await page.screenshot({ path: path.join(SHOTS, 'console-768x1024-dossier-token.png'), fullPage: true });
    expect((await batch(secret)).status).toBe(200);

    // Shown once: after a reload the list names the token, never its secret.
    await page.reload();
    await page.getByTestId('tab-dossiers').click();
    const row = page.getByTestId('token-row').filter({ hasText: 'Một cửa tỉnh (e2e)' });
    await row.waitFor();
    expect(await page.content()).not.toContain(secret);
    page.once('dialog', (d) => void d.accept());
    await row.getByTestId('token-revoke').click();
    await page.locator('[data-testid="token-row"][data-revoked="true"]').filter({ hasText: 'Một cửa tỉnh (e2e)' }).waitFor();
    expect((await batch(secret)).status).toBe(401);
    expect(problems).toEqual([]);
    await ctx.close();
  });

  it('previews an export with its broken rows named and identity columns never shown, then imports the good rows', async () => {
    const ctx = await env.browser().newContext({ viewport: TABLET });
    const { page, problems } = await openConsole(ctx, env.server().url);
    await page.getByTestId('tab-dossiers').click();
    await page.getByTestId('dossier-import-centre').selectOption('long-thanh');
    await page.getByTestId('dossier-file').setInputFiles({ name: 'xuat-mot-cua.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV, 'utf8') });
    await page.getByTestId('dossier-preview').click();
    const report = page.getByTestId('dossier-import-report');
    await report.waitFor();
    expect(await report.getAttribute('data-applied')).toBe('false');
    expect(await report.textContent()).toMatch(/1 trong 3 dòng hợp lệ/);
    const broken = (await page.getByTestId('dossier-import-problems').textContent()) ?? '';
    expect(broken).toMatch(/Dòng 3 \(CSV-LT-0002\).*32\/12\/2026/);
    expect(broken).toMatch(/Dòng 4 \(CSV-LT-0003\).*Đang ngủ/);
    const sample = (await page.getByTestId('dossier-import-sample').textContent()) ?? '';
    expect(sample).toContain('CSV-LT-0001');
    expect(sample).toContain('L. V. T.');
    const html = await page.content();
    for (const secret of ['Lê Văn Tám', '079203001234', '0912345678']) expect(html).not.toContain(secret);
    await page.screenshot({ path: path.join(SHOTS, 'console-768x1024-dossier-import.png'), fullPage: true });

    // Nothing is stored by the preview; the import stores the good row, which the look-up then finds.
    const lookUp = async () => ((await (await fetch(`${env.server().url}${DOSSIER_PATHS.lookup}?code=csv-lt-0001`)).json()) as { found: boolean }).found;
    expect(await lookUp()).toBe(false);
    await page.getByTestId('dossier-commit').click();
    await page.locator('[data-testid="dossier-import-report"][data-applied="true"]').waitFor();
    expect(await lookUp()).toBe(true);
    await page.locator('[data-testid="dossier-feed"][data-centre="long-thanh"]').waitFor();
    expect(problems).toEqual([]);
    await ctx.close();
  });

  it('edits a feed’s settings: bad values are named next to their fields and nothing is saved, good ones are saved and audited', async () => {
    const before = (await feedOf('loc-tan'))?.settings;
    const ctx = await env.browser().newContext({ viewport: TABLET });
    const { page, problems } = await openConsole(ctx, env.server().url);
    await page.getByTestId('tab-dossiers').click();
    const row = page.locator('[data-testid="dossier-feed"][data-centre="loc-tan"]');
    await row.getByTestId('feed-edit').click();
    const form = page.getByTestId('feed-form');
    await form.getByTestId('feed-stale-after').fill('3');
    await form.getByTestId('feed-pull').check();
    await form.getByTestId('feed-url').fill('ftp://motcua.example.gov.vn/ho-so.csv');
    await form.getByTestId('feed-save').click();
    await form.getByText('Từ 5 phút đến 7 ngày').waitFor();
    await form.getByText('bắt đầu bằng http:// hoặc https://').waitFor();
    expect(await form.getByTestId('feed-notice').textContent()).toMatch(/Kiểm tra các ô được đánh dấu/);
    await page.screenshot({ path: path.join(SHOTS, 'console-768x1024-dossier-feed-errors.png'), fullPage: true });
    expect((await feedOf('loc-tan'))?.settings).toEqual(before);

    await form.getByTestId('feed-stale-after').fill('45');
    await form.getByTestId('feed-pull').uncheck();
    await form.getByTestId('feed-save').click();
    await page.getByTestId('feed-saved').waitFor();
    await form.waitFor({ state: 'detached' });
    expect(await row.getByTestId('feed-settings').textContent()).toContain('Cũ sau 45 phút');
    expect((await feedOf('loc-tan'))?.settings).toEqual({ staleAfterMinutes: 45, pull: null });
    const admin = await adminSession(env.server().url);
    const { items } = await admin.call<{ items: { actor: string; subject: string; before: unknown; after: unknown }[] }>('GET', '/api/audit?action=dossiers.feed.update&subject=loc-tan');
    expect(items[0]).toMatchObject({ actor: 'admin', before, after: { staleAfterMinutes: 45, pull: null } });
    expect(problems).toEqual([]);
    await ctx.close();

    // An editor of the centre reads the settings and has nothing to edit them with.
    await admin.call('POST', '/api/users', { username: 'loctan.feeds', displayName: 'Cán bộ một cửa Lộc Tấn', role: 'editor', centreId: 'loc-tan', password: 'loc-tan-password-2' });
    const editorCtx = await env.browser().newContext({ viewport: TABLET });
    const editor = await openConsole(editorCtx, env.server().url, 'loctan.feeds', 'loc-tan-password-2');
    await editor.page.getByTestId('tab-dossiers').click();
    const own = editor.page.locator('[data-testid="dossier-feed"][data-centre="loc-tan"]');
    expect(await own.getByTestId('feed-settings').textContent()).toContain('Cũ sau 45 phút');
    expect(await editor.page.getByTestId('feed-edit').count()).toBe(0);
    expect(editor.problems).toEqual([]);
    await editorCtx.close();
  });

  it('warns on the screen wall of a centre whose feed went stale, and drops the warning live once it is fresh again', async () => {
    const server = env.server();
    await (await adminSession(server.url)).call('PUT', `${DOSSIER_PATHS.feeds}/long-thanh`, { staleAfterMinutes: 30, pull: null });
    // Two hours on: Long Thành, stale after 30 minutes, is stale; the province keeps the demo's week.
    await server.stop();
    await server.start({ CLOCK_OFFSET_MS: String(2 * 3600_000) });
    const ctx = await env.browser().newContext({ viewport: TABLET });
    const { page, problems } = await openConsole(ctx, server.url);
    await page.getByTestId('tab-devices').click();
    const warning = page.locator('[data-testid="feed-warning"][data-centre="long-thanh"][data-kind="stale"]');
    await warning.waitFor();
    expect(await warning.textContent()).toMatch(/Long Thành: Dữ liệu hồ sơ đã cũ: cập nhật lần cuối \d\d:\d\d \d\d\/\d\d\/\d{4} \(quá 30 phút\)/);
    // The province keeps the demo's week: no warning for it.
    expect(await page.locator('[data-testid="feed-warning"][data-centre="dong-nai"]').count()).toBe(0);
    await page.getByTestId('device-row').first().waitFor();
    await page.screenshot({ path: path.join(SHOTS, 'console-768x1024-wall-stale-feed.png'), fullPage: true });

    await (await adminSession(server.url)).call('PUT', `${DOSSIER_PATHS.feeds}/long-thanh`, { staleAfterMinutes: 240, pull: null });
    await warning.waitFor({ state: 'detached' });
    expect(problems).toEqual([]);
    await ctx.close();
  });
});
