import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminSession, openConsole, useServerAndBrowser, waitForText } from './harness';

const env = useServerAndBrowser({ beforeAll, afterAll });
const TABLET = { width: 768, height: 1024 };
const PHOTO = Buffer.from(
  '/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////////////////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA=',
  'base64',
);

describe('the report as an officer writes it, on a tablet', () => {
  let ctx: BrowserContext;
  let page: Page;
  let problems: string[];
  beforeAll(async () => {
    ctx = await env.browser().newContext({ viewport: TABLET });
    ({ page, problems } = await openConsole(ctx, env.server().url));
  });
  afterAll(async () => {
    expect(problems).toEqual([]);
    await ctx.close();
  });

  it('creates a commune with its letterhead, refusing an empty form first, and lists it under its province', async () => {
    await page.getByTestId('tab-centres').click();
    await page.locator('[data-testid="centre-row"][data-centre="dong-nai"] [data-testid="centre-add-commune"]').click();
    await page.getByTestId('centre-save').click();
    // Nothing filled in: the form says what is missing and nothing is created.
    await waitForText(page, 'centres-notice', /chưa hợp lệ/);
    await page.getByTestId('centre-id').fill('an-phuoc');
    await page.getByTestId('centre-name').fill('Trung tâm Phục vụ hành chính công xã An Phước');
    await page.getByTestId('centre-unit').fill('xã An Phước');
    await page.getByTestId('centre-parent-body').fill('Ủy ban nhân dân xã An Phước');
    await page.getByTestId('centre-place').fill('An Phước');
    await page.getByTestId('centre-save').click();
    await waitForText(page, 'centres-notice', /Đã lưu/);
    expect(await page.locator('[data-testid="centre-row"][data-centre="an-phuoc"]').textContent()).toContain('Ủy ban nhân dân xã An Phước · An Phước');
    const admin = await adminSession(env.server().url);
    const centres = await admin.call<{ items: { id: string; parentId: string | null }[] }>('GET', '/api/centres');
    expect(centres.items.find((c) => c.id === 'an-phuoc')?.parentId).toBe('dong-nai');
  });

  it('records a leaflet drive with a photo in the register, and the report counts it against the plan row', async () => {
    await page.getByTestId('tab-register').click();
    await page.getByTestId('register-centre').selectOption('long-thanh');
    await page.getByTestId('register-row').selectOption({ label: '3. Sổ tay hướng dẫn, tờ xếp, pano, áp phích…' });
    await page.getByTestId('register-kind').selectOption('to_roi_so_tay');
    await page.getByTestId('register-count').fill('200');
    await page.getByTestId('register-title').fill('Phát tờ gấp dịch vụ công tại chợ Long Thành');
    await page.getByTestId('register-photo').setInputFiles({ name: 'to-gap.jpg', mimeType: 'image/jpeg', buffer: PHOTO });
    await page.getByTestId('register-photo-name').waitFor();
    await page.getByTestId('register-save').click();
    await waitForText(page, 'register-notice', /Đã ghi nhận/);
    expect(await page.getByTestId('register-list').textContent()).toContain('Phát tờ gấp dịch vụ công tại chợ Long Thành');

    await page.getByTestId('tab-reports').click();
    await page.getByTestId('report-centre').selectOption('long-thanh');
    await page.getByTestId('report-run').click();
    await page.getByTestId('report-targets').locator('tr').nth(6).waitFor();
    const row3 = await page.getByTestId('report-targets').locator('tr').nth(2).textContent();
    expect(row3).toMatch(/Đạt/);
    expect(row3).toMatch(/sổ ghi nhận: [1-9]/);
  });

  it('edits the drafted narrative, issues the report with its number, and finds it in the archive', async () => {
    await page.getByTestId('tab-reports').click();
    await page.getByTestId('report-centre').selectOption('long-thanh');
    await page.getByTestId('period-preset').first().click();
    await page.getByTestId('report-run').click();
    await page.getByTestId('narrative-achieved').waitFor();
    expect(await page.getByTestId('narrative-achieved').inputValue()).toMatch(/Màn hình chờ phát/);
    await page.getByTestId('narrative-proposals').fill('Đề nghị tỉnh cấp thêm một màn hình cho bộ phận một cửa.');
    await page.getByTestId('narrative-save').click();
    await waitForText(page, 'report-text-notice', /Đã lưu/);
    await page.getByTestId('report-number').fill('15/BC-TTPVHCC');
    await page.getByTestId('report-issue').click();
    await waitForText(page, 'report-text-notice', /15\/BC-TTPVHCC/);
    expect(await page.getByTestId('report-archive').textContent()).toContain('15/BC-TTPVHCC');
  });

  it("lists only the chosen centre's plan rows, even when the first list (every centre's) answers last", async () => {
    const slow = await env.browser().newContext({ viewport: TABLET });
    try {
      const { page: p } = await openConsole(slow, env.server().url);
      // The list the Reports tab asks for when it opens (every centre) is held until Lộc Tấn's has answered.
      let release = () => {};
      const held = new Promise<void>((r) => (release = r));
      await p.route(/\/api\/plan-targets$/, async (route) => {
        await held;
        await route.continue();
      });
      const everyCentre = p.waitForResponse((r) => r.url().endsWith('/api/plan-targets'));
      const locTan = p.waitForResponse((r) => r.url().endsWith('/api/plan-targets?centre=loc-tan'));
      await p.getByTestId('tab-reports').click();
      await p.getByTestId('report-centre').selectOption('loc-tan');
      await locTan;
      release();
      await everyCentre;
      // Let the page apply what it was answered before looking.
      await p.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
      // Lộc Tấn has no plan rows; Long Thành's seven must not appear under its report.
      expect(await p.getByTestId('plan-targets').locator('li').count()).toBe(0);
    } finally {
      await slow.close();
    }
  });
});
