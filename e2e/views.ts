import type { Browser, Page } from 'playwright-core';
import { ADMIN_PASSWORD, openPage, pairKiosk } from './harness';

/**
 * Every view of the three apps as people meet them, at their real sizes: the screenshot command
 * photographs them and the accessibility test audits them, so both cover the same ground.
 */
export interface Size {
  name: string;
  width: number;
  height: number;
}
export type Visit = (view: string, page: Page) => Promise<void>;

export const TV_SIZES: Size[] = [
  { name: 'tv-1920x1080', width: 1920, height: 1080 },
  { name: 'tv-1080x1920', width: 1080, height: 1920 },
];
export const KIOSK_SIZES: Size[] = [
  { name: 'kiosk-1080x1920', width: 1080, height: 1920 },
  { name: 'kiosk-1920x1080', width: 1920, height: 1080 },
];
export const TABLET_SIZES: Size[] = [
  { name: 'tablet-768x1024', width: 768, height: 1024 },
  { name: 'tablet-1024x768', width: 1024, height: 768 },
];
export const CONSOLE_TABS = ['home', 'playlists', 'media', 'devices', 'catalogue', 'dossiers', 'surveys', 'register', 'reports', 'centres', 'users', 'audit'] as const;

const settle = (page: Page) => page.waitForLoadState('networkidle').catch(() => undefined);

/**
 * What the slide now in front may still have coming in before it is judged: its fonts, its pictures
 * and any animation that ends (the ticker's never does). Awaited rather than timed, on the real clock
 * as the page paints. A string: the TS loader would wrap inner functions in a helper the page lacks.
 */
const ENTERED = `Promise.all([
  document.fonts.ready,
  ...[...document.querySelectorAll('.layer-front img')].map((img) => img.decode().catch(() => undefined)),
  ...document.getAnimations().filter((a) => Number.isFinite(a.effect?.getComputedTiming().endTime)).map((a) => a.finished.catch(() => undefined)),
]).then(() => true)`;

/** The TV loop: up to `slides` different items as they come, each visited once it is on screen. */
export async function visitPlayer(browser: Browser, baseUrl: string, token: string, size: Size, visit: Visit, slides = 3, maxWaitMs = 90_000): Promise<void> {
  const ctx = await browser.newContext({ viewport: { width: size.width, height: size.height } });
  // A slide stays up for 8–20 s: the page's clock runs through that instead of the visit waiting for it.
  await ctx.clock.install();
  try {
    const { page } = await openPage(ctx, `${baseUrl}/display/#token=${token}`);
    await page.waitForSelector('[data-testid="now-playing"]', { timeout: 30_000 });
    const seen = new Set<string>();
    const deadline = Date.now() + maxWaitMs;
    while (seen.size < slides && Date.now() < deadline) {
      const el = page.locator('[data-testid="now-playing"]').first();
      const id = `${(await el.getAttribute('data-item-id').catch(() => null)) ?? ''}:${(await el.getAttribute('data-kind').catch(() => null)) ?? ''}`;
      if (!seen.has(id)) {
        seen.add(id);
        await page.evaluate(ENTERED);
        await visit(`slide-${seen.size}-${id.split(':')[1] || 'item'}`, page);
      }
      // In steps shorter than any slide, firing every timer on the way, so none is passed over.
      await page.clock.runFor(2_000);
      await page.waitForTimeout(100);
    }
  } finally {
    await ctx.close();
  }
}

/** A commune kiosk (it knows its centre, as a paired one does): home, search results, a procedure's page and the survey. */
export async function visitKiosk(browser: Browser, baseUrl: string, size: Size, visit: Visit): Promise<void> {
  const ctx = await browser.newContext({ viewport: { width: size.width, height: size.height } });
  try {
    // A hall kiosk shows its pairing code until it is paired: pair one with Long Thành, as staff would.
    const { url } = await pairKiosk(baseUrl, 'long-thanh');
    const { page } = await openPage(ctx, url);
    await page.getByTestId('kiosk-tiles').waitFor({ timeout: 20_000 });
    // The home as a person meets it once the kiosk is up: its centre and common procedures, which come
    // with the catalogue a moment after the tiles.
    await page.getByTestId('common-tile').first().waitFor({ timeout: 20_000 });
    await settle(page);
    await visit('home', page);
    await page.getByTestId('tile-search').click();
    await page.getByTestId('kiosk-search').fill('khai sinh');
    await page.getByTestId('kiosk-result').first().waitFor({ timeout: 15_000 });
    await visit('search-results', page);
    await page.getByTestId('kiosk-result').first().click();
    await page.getByTestId('procedure-detail').waitFor();
    await settle(page);
    await visit('detail', page);
    await page.goto(`${baseUrl}/kiosk/`); // paired now: its token is kept, and a new load shows home
    await page.getByTestId('tile-survey').click();
    await page.locator('[data-testid^="survey"]').first().waitFor();
    await visit('survey', page);
    // The same home in English and in high contrast, as a visitor may switch them.
    await page.goto(`${baseUrl}/kiosk/`); // paired now: its token is kept, and a new load shows home
    await page.getByTestId('common-tile').first().waitFor({ timeout: 20_000 });
    await page.getByTestId('kiosk-lang').click();
    await visit('home-english', page);
    await page.getByTestId('contrast').click();
    await visit('home-contrast', page);
  } finally {
    await ctx.close();
  }
}

/** The console signed in as the demo admin: every tab, then the dialogs a publish goes through. */
export async function visitConsole(browser: Browser, baseUrl: string, size: Size, visit: Visit): Promise<void> {
  const ctx = await browser.newContext({ viewport: { width: size.width, height: size.height } });
  try {
    const { page } = await openPage(ctx, `${baseUrl}/console/`);
    await page.getByTestId('login-username').waitFor();
    await visit('sign-in', page);
    await page.getByTestId('login-username').fill('admin');
    await page.getByTestId('login-password').fill(ADMIN_PASSWORD);
    await page.getByTestId('login-submit').click();
    await page.getByTestId('whoami').waitFor();
    for (const tab of CONSOLE_TABS) {
      await page.getByTestId(`tab-${tab}`).click();
      await settle(page);
      await visit(`tab-${tab}`, page);
    }
    // A report as staff read it: figures, tables and the showings chart.
    await page.getByTestId('tab-reports').click();
    await page.getByTestId('report-run').click();
    await page.getByTestId('report').waitFor();
    await settle(page);
    await visit('report', page);
    await page.getByTestId('tab-playlists').click();
    await page.getByTestId('playlist-row').first().waitFor();
    await page.getByTestId('playlist-create').click();
    await visit('new-playlist', page);
    await page.getByTestId('new-playlist').getByRole('button', { name: 'Huỷ' }).click();
    const first = await page.getByTestId('playlist-row').first().getAttribute('data-id');
    await page.getByTestId(`publish-${first}`).click();
    await page.getByTestId('publish-summary').waitFor();
    await visit('publish-summary', page);
    await page.getByTestId('publish-summary').getByRole('button', { name: 'Huỷ' }).click();
    await page.getByTestId(`edit-${first}`).click();
    await page.getByTestId('playlist-editor').waitFor();
    await settle(page);
    await visit('playlist-editor', page);
  } finally {
    await ctx.close();
  }
}
