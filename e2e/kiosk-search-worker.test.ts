import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { openPage, pairKiosk, useServerAndBrowser } from './harness';

const env = useServerAndBrowser({ beforeAll, afterAll });

/** Every long task (> 50 ms) the page's thread runs, from the first script on. */
const WATCH_LONG_TASKS = `window.__long = [];
new PerformanceObserver((l) => window.__long.push(...l.getEntries().map((e) => ({ start: e.startTime, duration: e.duration })))).observe({ type: 'longtask', buffered: true });`;

/**
 * For each tap on one of the kiosk's keys, whether the results list already answered the new text when the
 * tap's own handlers were done, i.e. in the frame the tap makes (the list's data-query is the text it answers).
 */
const WATCH_ANSWERED_IN_TAP = `window.__inTap = [];
let before = null;
const answered = () => document.querySelector('[data-testid=kiosk-results]')?.getAttribute('data-query') ?? null;
const isKey = (e) => e.target instanceof Element && e.target.closest('.key') && e.target.closest('.key').dataset.key !== 'clear';
document.addEventListener('click', (e) => { if (isKey(e)) before = answered(); }, true);
document.addEventListener('click', (e) => { if (isKey(e)) window.__inTap.push(answered() !== before); });`;

/** Taps `keys` on the kiosk's keyboard and waits for the results of the text they make (`shown`, the keys themselves by default). */
async function typeOnKeyboard(page: Page, keys: string, shown = keys): Promise<void> {
  for (const k of keys) await page.locator(`[data-testid="keyboard"] [data-key="${k === ' ' ? 'space' : k}"]`).click();
  await page.locator(`[data-testid="kiosk-results"][data-query="${shown}"]`).waitFor({ state: 'attached' });
}

describe('the kiosk searches in a worker', () => {
  it('indexes the whole catalogue without a long task on the page, and finds procedures, offline too', async () => {
    const ctx = await env.browser().newContext({ viewport: { width: 1080, height: 1920 } });
    await ctx.addInitScript(WATCH_LONG_TASKS);
    const workers: string[] = [];
    ctx.on('page', (p) => p.on('worker', (w) => workers.push(w.url())));
    // The province's kiosk: the demo's largest catalogue (hundreds of procedures).
    const { page, problems } = await openPage(ctx, (await pairKiosk(env.server().url, 'dong-nai')).url);
    await page.locator('main[data-catalogue-size]:not([data-catalogue-size="0"])').waitFor({ timeout: 30_000 });
    expect(Number(await page.locator('main').getAttribute('data-catalogue-size'))).toBeGreaterThan(100);
    expect(workers.some((u) => /\/kiosk\/assets\/search\.worker-[\w-]+\.js$/.test(u))).toBe(true);

    // From the bytes handed to the worker to search being ready, the page's thread never ran 50 ms on
    // end. (The task that receives the catalogue and draws the home screen may start just before the end.)
    const { build, long } = (await page.evaluate(
      `({ build: performance.getEntriesByName('catalogue-index-build').map((e) => ({ start: e.startTime, end: e.startTime + e.duration })), long: window.__long })`,
    )) as { build: { start: number; end: number }[]; long: { start: number; duration: number }[] };
    expect(build.length).toBeGreaterThan(0);
    const blockedDuringBuild = long.flatMap((t) => build.map((b) => Math.min(t.start + t.duration, b.end) - Math.max(t.start, b.start)));
    expect(Math.max(0, ...blockedDuringBuild), JSON.stringify({ build, long })).toBeLessThan(50);

    await page.getByTestId('tile-search').click();
    await typeOnKeyboard(page, 'khai sinh');
    const names = await page.getByTestId('kiosk-result').locator('strong').allTextContents();
    expect(names.length).toBeGreaterThan(0);
    expect(names[0]).toMatch(/khai sinh/i);
    // Asked in English, as a foreigner living here names the paper (shared/src/search/lexicon-english.ts), on the kiosk
    // in English: its keyboard types the letters as spelt, with no Telex ("birth" is no "bỉth").
    await page.getByTestId('kiosk-lang').click();
    await page.locator('[data-testid="keyboard"] [data-key="clear"]').click();
    await typeOnKeyboard(page, 'birth certificate');
    expect((await page.getByTestId('kiosk-result').locator('strong').allTextContents())[0]).toMatch(/khai sinh/i);
    await page.getByTestId('kiosk-lang').click();
    // In Vietnamese it types Telex, and gives back the keys of a word Telex would make wrong, as Unikey does.
    await page.locator('[data-testid="keyboard"] [data-key="clear"]').click();
    await typeOnKeyboard(page, 'ddawng kys', 'đăng ký');
    await page.locator('[data-testid="keyboard"] [data-key="clear"]').click();
    await typeOnKeyboard(page, 'passport');
    // The page may share memory with its worker, so a tap waits for its answer (kiosk/src/search-answer.ts).
    expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);

    // Offline, from a reload: the service worker has the page, the worker's script and the last catalogue.
    // It controls the page from the second load on (the kiosk takes a new version only when idle).
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await page.reload();
    await page.locator('main[data-catalogue-size]:not([data-catalogue-size="0"])').waitFor({ timeout: 30_000 });
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    await ctx.setOffline(true);
    await page.reload();
    await page.locator('main[data-catalogue-size]:not([data-catalogue-size="0"])').waitFor({ timeout: 30_000 });
    await page.getByTestId('tile-search').click();
    await typeOnKeyboard(page, 'ket hon');
    expect(await page.getByTestId('kiosk-result').count()).toBeGreaterThan(0);
    // Served by the service worker, the page keeps the headers that isolate it.
    expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);
    await ctx.setOffline(false);
    expect(problems).toEqual([]);
    await ctx.close();
  });

  // Retried: a fresh-clone `npm test` once saw 11 of 33 while the slide-fit files held both cores (7 Dec 2026). A wait
  // that is broken answers none in the tap's frame on every try, so a retry hides no regression.
  it("draws a tap's results in the frame the tap makes, not a frame later", { retry: 2 }, async () => {
    const ctx = await env.browser().newContext({ viewport: { width: 1080, height: 1920 } });
    onTestFinished(() => ctx.close());
    await ctx.addInitScript(WATCH_ANSWERED_IN_TAP);
    const { page, problems } = await openPage(ctx, (await pairKiosk(env.server().url, 'dong-nai')).url);
    await page.locator('main[data-catalogue-size]:not([data-catalogue-size="0"])').waitFor({ timeout: 30_000 });
    await page.getByTestId('tile-search').click();
    await typeOnKeyboard(page, 'dang ky ket hon');
    await page.locator('[data-testid="keyboard"] [data-key="clear"]').click();
    await typeOnKeyboard(page, 'giay phep xay dung');
    const inTap = (await page.evaluate('window.__inTap')) as boolean[];
    expect(inTap).toHaveLength(33);
    // An answer posted back by the worker always came after the tap's frame (0 of 33). A worker slower than
    // the tap's wait misses some: 23 of 33 in a fresh-clone \`npm test\` at load 8 on 2 cores, where test files
    // share the cores with Chromium's worker. Most taps answered in their frame is what this holds; how fast
    // a keystroke is painted is the search bench's to measure.
    expect(inTap.filter(Boolean).length, JSON.stringify(inTap)).toBeGreaterThan(inTap.length / 2);
    expect(problems).toEqual([]);
  });
});
