import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openConsole, openPage, pairKiosk, useServerAndBrowser, waitForText } from './harness';

const env = useServerAndBrowser({ beforeAll, afterAll });
const PORTRAIT = { width: 1080, height: 1920 };
const TABLET = { width: 768, height: 1024 };
/**
 * The kiosk counts a search once the person stops typing (2 s, kiosk/src/App.tsx) and reports its counts
 * every 10 s (kiosk/src/usage.ts). Its clock is moved past both, in two jumps: one jump fires each due
 * timer once, so a report falling before the count would leave the count for the next report. Returns
 * once the report `carrying` that text is stored.
 */
async function reportUsage(kiosk: Page, carrying: string): Promise<void> {
  // The server answers once it has stored the report: after that, the console finds its counts.
  const stored = kiosk.waitForResponse((r) => r.url().endsWith('/api/usage/events') && r.ok() && (r.request().postData() ?? '').includes(carrying), { timeout: 20_000 });
  await kiosk.clock.fastForward(2_000);
  await kiosk.clock.fastForward(10_000);
  await stored;
}

async function searchAt(page: Page, q: string): Promise<void> {
  const box = page.getByTestId('kiosk-search');
  await box.fill('');
  await box.pressSequentially(q);
  await page.locator(`[data-testid="kiosk-results"][data-query="${q}"]`).waitFor({ state: 'attached' });
}

describe('the search loop, kiosk to console and back', () => {
  it('a search that found nothing and an answer opened far down become synonyms every kiosk uses at once', async () => {
    const { url: kioskUrl } = await pairKiosk(env.server().url, 'long-thanh');
    const kctx = await env.browser().newContext({ viewport: PORTRAIT });
    // Its report timers are moved past, not waited for (see reportUsage).
    await kctx.clock.install();
    const { page: kiosk, problems } = await openPage(kctx, kioskUrl);
    await kiosk.getByTestId('tile-search').click();

    // A citizen's words the catalogue lacks: nothing found, and the kiosk says so kindly.
    await searchAt(kiosk, 'tia bonsai');
    await kiosk.getByTestId('no-result').waitFor();
    await reportUsage(kiosk, '"tia bonsai"');
    // Another's answer was the fifth result: they scroll and open it.
    await searchAt(kiosk, 'giay con son');
    const fifth = kiosk.getByTestId('kiosk-result').nth(4);
    const farCode = await fifth.getAttribute('data-code');
    await fifth.click();
    await kiosk.getByTestId('procedure-detail').waitFor();
    await kiosk.getByTestId('detail-back').click();
    await reportUsage(kiosk, '"pick"');
    // A third asks for what no procedure of the catalogue does: the kiosk says so, and staff see the need counted.
    await searchAt(kiosk, 'xin tro cap nguoi cao tuoi');
    await kiosk.getByTestId('gap-note').waitFor();
    await reportUsage(kiosk, '"xin tro cap nguoi cao tuoi"');

    // Staff see both in the console, stored before it looks.
    const cctx = await env.browser().newContext({ viewport: TABLET });
    const { page: console_, problems: consoleProblems } = await openConsole(cctx, env.server().url);
    const row = (q: string) => console_.locator(`[data-testid="search-suggestion"][data-q="${q}"]`);
    await console_.getByTestId('tab-catalogue').click();
    await row('tia bonsai').waitFor();
    await row('giay con son').waitFor();
    await expect.poll(() => row('giay con son').textContent()).toMatch(/vị trí 5/);
    const need = console_.locator('[data-testid="search-gap"][data-gap="social-assistance"]');
    await expect.poll(() => need.textContent()).toMatch(/bảo trợ xã hội.*1xin tro cap nguoi cao tuoi/);

    // One tap for the far answer; for the empty search, staff find the procedure by its catalogue words and tap it.
    await row('giay con son').getByTestId('suggestion-accept').click();
    await waitForText(console_, 'search-loop-notice', /Đã thêm: “giay con son”/);
    await row('tia bonsai').getByTestId('suggestion-means').fill('chặt hạ cây xanh');
    await row('tia bonsai').locator('[data-testid="suggestion-procedure"][data-code="1.002693"]').click();
    await waitForText(console_, 'search-loop-notice', /Đã thêm: “tia bonsai”/);
    await console_.locator('[data-testid="staff-synonym"][data-say="tia bonsai"]').waitFor();
    expect(await row('tia bonsai').count()).toBe(0);

    // The kiosk was told the catalogue changed; the same words now find the procedures first.
    await expect
      .poll(
        async () => {
          await searchAt(kiosk, 'tia bonsai');
          return kiosk.getByTestId('kiosk-result').first().getAttribute('data-code');
        },
        { timeout: 15_000, interval: 1_000 },
      )
      .toBe('1.002693');
    await searchAt(kiosk, 'giay con son');
    expect(await kiosk.getByTestId('kiosk-result').first().getAttribute('data-code')).toBe(farCode);

    // Removing a synonym takes it back out.
    await console_.locator('[data-testid="staff-synonym"][data-say="tia bonsai"]').getByTestId('synonym-remove').click();
    await waitForText(console_, 'search-loop-notice', /Đã xoá “tia bonsai”/);
    await expect
      .poll(
        async () => {
          await searchAt(kiosk, 'tia bonsai');
          return kiosk.getByTestId('no-result').count();
        },
        { timeout: 15_000, interval: 1_000 },
      )
      .toBe(1);
    expect([...problems, ...consoleProblems]).toEqual([]);
    await kctx.close();
    await cctx.close();
  });
});
