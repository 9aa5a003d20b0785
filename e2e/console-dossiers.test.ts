import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DOSSIER_PATHS } from '@hcc/shared/schemas/dossier';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openConsole, useServerAndBrowser } from './harness';

/**
 * The console's dossier feed tab on a tablet: a token issued and shown once, used by a connector,
 * then revoked; the one-stop system's export previewed with its broken rows named, then stored.
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
});
