import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminSession, openConsole, openPage, pairKiosk, publishItems, useServerAndBrowser, waitForText } from './harness';

const env = useServerAndBrowser({ beforeAll, afterAll });
const PORTRAIT = { width: 1080, height: 1920 };
const LANDSCAPE = { width: 1920, height: 1080 };

/** Types on the kiosk's own keyboard, key by key, as a citizen would. */
async function tap(page: Page, keys: string): Promise<void> {
  for (const k of keys) await page.locator(`[data-testid="keyboard"] [data-key="${k === ' ' ? 'space' : k}"]`).click();
}
/** The kiosk's queue of survey answers not yet acknowledged, read from its IndexedDB. */
const surveyQueue = (page: Page) =>
  page.evaluate(`new Promise((resolve, reject) => {
    const req = indexedDB.open('hcc-kiosk', 1);
    req.onupgradeneeded = () => req.result.createObjectStore('survey-queue', { keyPath: 'id' });
    req.onsuccess = () => { const all = req.result.transaction('survey-queue').objectStore('survey-queue').getAll(); all.onsuccess = () => resolve(all.result); all.onerror = reject; };
    req.onerror = reject;
  })`) as Promise<{ id: string }[]>;
/** A kiosk freshly paired through the API (see pairKiosk), opened at `query`. */
const kiosk = async (centreId = 'long-thanh', query = '') => (await pairKiosk(env.server().url, centreId, query)).url;
const firstCode = (page: Page) => page.getByTestId('kiosk-result').first().getAttribute('data-code');
/** The smallest type a person sees on the screen now (px), and where: older eyes at arm's length need 20. */
const smallestType = (page: Page) =>
  page.evaluate(`[...document.querySelectorAll('body *')]
    .filter((el) => [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim()) && el.checkVisibility() && el.getBoundingClientRect().top < innerHeight)
    .map((el) => [parseFloat(getComputedStyle(el).fontSize), el.textContent.trim().slice(0, 40)])
    .reduce((a, b) => (b[0] < a[0] ? b : a), [Infinity, ''])`) as Promise<[number, string]>;

describe('citizen kiosk', () => {
  it('pairs like a screen: its code until staff approve it, then online on the wall, and catalogue changes pushed live', async () => {
    const url = env.server().url;
    const ctx = await env.browser().newContext({ viewport: PORTRAIT });
    await ctx.clock.install();
    const { page, problems } = await openPage(ctx, `${url}/kiosk/`);
    const code = (await waitForText(page, 'kiosk-pairing-code', /^\d{3} \d{3}$/)).replace(' ', '');
    const admin = await adminSession(url);
    await admin.call('POST', '/api/pairings/approve', { code, name: 'Kiosk sảnh chờ B', centreId: 'dong-nai' });
    // The kiosk asks every 2 s whether it was approved (Pairing.tsx): its clock is moved to the next ask.
    await page.clock.runFor(2_000);
    await page.getByTestId('kiosk-tiles').waitFor({ timeout: 10_000 });
    const wall = async () => (await admin.call<{ items: { name: string; kind: string; online: boolean }[] }>('GET', '/api/devices')).items.find((d) => d.name === 'Kiosk sảnh chờ B');
    await expect.poll(async () => (await wall())?.online, { timeout: 10_000 }).toBe(true);
    expect((await wall())?.kind).toBe('kiosk');
    // Paired, the page keeps its token across a reload, and no longer shows a code.
    await page.reload();
    await page.getByTestId('kiosk-tiles').waitFor();

    // A catalogue import reaches the kiosk over its socket at once, not at the next 15-s poll (the
    // province's kiosk: no selection of its own, so it lists every procedure, the new one too).
    const crawl = gunzipSync(readFileSync(new URL('../server/seed/tthc/national-crawl.jsonl.gz', import.meta.url)))
      .toString('utf8')
      .split('\n');
    const licence = crawl.find((l) => l.includes('"3.000346"'));
    if (!licence) throw new Error('crawl line 3.000346 missing');
    const asked: number[] = [];
    page.on('request', (r) => void (r.url().includes('/api/procedures/index') && asked.push(Date.now())));
    const imported = await fetch(`${url}/api/catalogue/import?name=them.jsonl`, { method: 'POST', headers: { Cookie: admin.cookie, 'Content-Type': 'application/octet-stream' }, body: licence });
    expect(imported.status).toBe(200);
    const doneAt = Date.now();
    await expect.poll(() => asked.some((t) => t >= doneAt - 200 && t <= doneAt + 2_000), { timeout: 3_000 }).toBe(true);
    await page.getByTestId('tile-search').click();
    await page.getByTestId('kiosk-search').pressSequentially('cap giay phep lai xe');
    await page.locator('[data-testid="kiosk-result"][data-code="3.000346"]').waitFor({ timeout: 5_000 });

    // Revoked, it goes back to showing a pairing code.
    const id = (await admin.call<{ items: { id: string; name: string }[] }>('GET', '/api/devices')).items.find((d) => d.name === 'Kiosk sảnh chờ B')?.id;
    await admin.call('POST', `/api/devices/${id}/revoke`);
    await waitForText(page, 'kiosk-pairing-code', /^\d{3} \d{3}$/);
    expect(problems).toEqual([]);
    await ctx.close();
  });

  it('finds "giay doc than" on the on-screen keyboard, shows the whole procedure and a QR, and links nowhere', async () => {
    const ctx = await env.browser().newContext({ viewport: PORTRAIT });
    const { page, problems } = await openPage(ctx, await kiosk());
    await page.getByTestId('tile-search').click();
    await tap(page, 'giay doc than');
    await page.locator('[data-testid="kiosk-result"][data-code="1.004873"]').waitFor();
    expect(await firstCode(page)).toBe('1.004873');
    await page.getByTestId('kiosk-result').first().click();
    await page.getByTestId('procedure-detail').waitFor();
    expect(await page.textContent('h1')).toBe('Thủ tục cấp Giấy xác nhận tình trạng hôn nhân');
    expect(await page.getByTestId('procedure-qr').isVisible()).toBe(true);
    expect(await page.locator('.detail table tbody tr').count()).toBeGreaterThan(0);
    expect(await page.locator('a[href]').count()).toBe(0);
    await page.getByTestId('detail-back').click();
    expect(await page.getByTestId('kiosk-search').inputValue()).toBe('giay doc than');
    expect(problems).toEqual([]);
    await ctx.close();
  });

  it('composes Telex on its keyboard, takes a physical keyboard too, and copes with junk', async () => {
    const ctx = await env.browser().newContext({ viewport: LANDSCAPE });
    const { page, problems } = await openPage(ctx, await kiosk());
    await page.getByTestId('tile-search').click();
    await tap(page, 'ddawng kys keets hoon');
    // The last letter is drawn with its results (or after a short echo delay), not at the tap itself.
    await expect.poll(() => page.getByTestId('kiosk-search').inputValue()).toBe('đăng ký kết hôn');
    await page.locator('[data-testid="kiosk-result"]').first().waitFor();
    expect(await firstCode(page)).toBe('1.000894');
    // A need the catalogue answers carries no note that it is missing.
    expect(await page.getByTestId('gap-note').count()).toBe(0);

    await page.locator('[data-key="clear"]').click();
    await page.getByTestId('kiosk-search').pressSequentially('chung thuc ban sao');
    await page.locator('[data-testid="kiosk-result"][data-code="2.000815"]').waitFor();

    await page.getByTestId('kiosk-search').fill('🙂🙂 \u0007 ' + 'ж'.repeat(300));
    await page.getByTestId('no-result').waitFor();
    // The friendly dead end offers the common procedures instead, and a person to ask.
    expect(await page.locator('[data-testid="no-result"] [data-testid="kiosk-result"]').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('no-result').innerText()).toContain('hỏi cán bộ tại quầy');
    // Whatever the list, where to ask when the need is not in it.
    await page.getByTestId('kiosk-search').fill('xin trợ cấp thất nghiệp ở đâu');
    await page.getByTestId('search-help').waitFor();
    expect(await page.getByTestId('search-help').innerText()).toContain('gọi đường dây nóng 1022');
    // A need the catalogue has no procedure for is named as missing, above the nearest procedures.
    expect(await page.getByTestId('gap-note').getAttribute('data-gap')).toBe('labour');
    expect(await page.getByTestId('gap-note').innerText()).toContain('bảo hiểm thất nghiệp chưa có trong danh mục');
    const [note, list] = [await page.getByTestId('gap-note').boundingBox(), await page.getByTestId('kiosk-results').boundingBox()];
    expect(note && list && note.y < list.y).toBe(true);
    expect(problems).toEqual([]);
    await ctx.close();
  });

  it('forgets everything after a minute untouched', async () => {
    const ctx = await env.browser().newContext({ viewport: PORTRAIT });
    const page = await ctx.newPage();
    await page.clock.install();
    await page.goto(await kiosk());
    await page.getByTestId('tile-search').click();
    await tap(page, 'so do');
    await page.getByTestId('contrast').click();
    await page.clock.runFor(59_000);
    expect(await page.getByTestId('kiosk-search').inputValue()).toBe('so do');
    await page.clock.runFor(2_000);
    await page.getByTestId('kiosk-tiles').waitFor();
    expect(await page.evaluate('document.documentElement.classList.contains("contrast")')).toBe(false);
    await page.getByTestId('tile-search').click();
    expect(await page.getByTestId('kiosk-search').inputValue()).toBe('');
    await ctx.close();
  });

  it('searches with the server down, after a restart of the kiosk itself', async () => {
    const ctx = await env.browser().newContext({ viewport: PORTRAIT });
    const { page } = await openPage(ctx, await kiosk());
    await page.getByTestId('tile-search').click();
    await tap(page, 'khai sinh');
    await page.locator('[data-testid="kiosk-result"][data-code="1.001193"]').waitFor();
    // Under the service worker, with the catalogue in its cache.
    await page.evaluate('navigator.serviceWorker.ready.then(() => true)');
    await page.reload();
    await page.getByTestId('tile-search').click();
    await tap(page, 'k');
    await page.getByTestId('kiosk-result').first().waitFor();

    await env.server().stop();
    try {
      await page.reload();
      await page.getByTestId('tile-search').click();
      await tap(page, 'ket hon');
      await page.locator('[data-testid="kiosk-result"][data-code="1.000894"]').waitFor({ timeout: 10_000 });
    } finally {
      await env.server().start();
    }
    await ctx.close();
  });

  it('takes a one-tap anonymous answer, and the waiting room’s results slide shows it at once', async () => {
    // A minimum of one answer, so the slide shows a figure from the first (the default waits for 30).
    await publishItems(env.server().url, 'long-thanh', [{ id: 'sv', kind: 'survey_results', title: 'Kết quả khảo sát', durationMs: 120_000, period: 'month', minAnswers: 1 }]);
    const tv = await env.browser().newContext({ viewport: { width: 1280, height: 720 } });
    const { page: player } = await openPage(tv, `${env.server().url}/display/#token=${env.server().screenTokens[0]}`);
    await player.waitForSelector('.layer-front [data-testid="survey-results"][data-n="0"]', { timeout: 20_000 });

    const ctx = await env.browser().newContext({ viewport: PORTRAIT });
    await ctx.clock.install();
    const { page, problems } = await openPage(ctx, await kiosk('long-thanh', '?centre=long-thanh'));
    await page.getByTestId('tile-survey').click();
    expect(await page.getByTestId('survey').textContent()).toContain('ẩn danh');
    await page.getByTestId('survey-2').click();
    await tap(page, 'tot');
    expect(await page.getByTestId('survey-comment').inputValue()).toBe('tot');
    await page.getByTestId('survey-counter-2').click();
    expect(await page.getByTestId('survey-counter-2').getAttribute('class')).toContain('on');
    await page.getByTestId('survey-send').click();
    await page.getByTestId('survey-thanks').waitFor();
    await player.waitForSelector('.layer-front [data-testid="survey-results"][data-n="1"]', { timeout: 3_000 });
    expect(await player.locator('.layer-front [data-testid="survey-results"]').textContent()).toMatch(/10 trên 10.*100%/);
    // Then home again for the next person once the thank-you has been up 6 s (Survey.tsx), on the page's
    // clock; with nothing left behind; a second answer at once is held off.
    await page.clock.runFor(6_000);
    await page.getByTestId('kiosk-tiles').waitFor();
    expect(await surveyQueue(page)).toEqual([]);
    await page.getByTestId('tile-survey').click();
    await page.getByTestId('survey-cooldown').waitFor();
    expect(problems).toEqual([]);
    await ctx.close();
    await tv.close();
  });

  it('answers from a phone once a day, and from an offline kiosk once the network is back, counted once', async () => {
    const results = async () => ((await (await fetch(`${env.server().url}/api/surveys/results?centre=loc-tan&period=week`)).json()) as { n: number }).n;
    const before = await results();

    const phone = await env.browser().newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const { page: p, problems } = await openPage(phone, `${env.server().url}/kiosk/?survey=1&centre=loc-tan`);
    // The question and every face well inside the phone's first screen, not the last answer at the fold.
    const last = await p.getByTestId('survey-0').boundingBox();
    expect((last?.y ?? Infinity) + (last?.height ?? 0)).toBeLessThanOrEqual(844 * 0.8);
    expect(await p.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    await p.getByTestId('survey-1').tap();
    await p.getByTestId('survey-comment').fill('Cán bộ hướng dẫn tận tình');
    await p.getByTestId('survey-send').tap();
    expect(await waitForThanks(p)).toContain('Cảm ơn');
    await p.reload();
    await p.getByTestId('survey-2').tap();
    await p.getByTestId('survey-send').tap();
    expect(await waitForThanks(p)).toContain('đã đánh giá hôm nay');
    expect(await results()).toBe(before + 1);
    expect(problems).toEqual([]);
    await phone.close();

    const ctx = await env.browser().newContext({ viewport: PORTRAIT });
    const { page } = await openPage(ctx, await kiosk('loc-tan', '?centre=loc-tan'));
    await page.getByTestId('tile-survey').waitFor();
    await ctx.setOffline(true);
    await page.getByTestId('tile-survey').click();
    await page.getByTestId('survey-0').click();
    await page.getByTestId('survey-send').click();
    await page.getByTestId('survey-thanks').waitFor();
    const queued = await surveyQueue(page);
    expect(queued).toHaveLength(1);
    expect(await results()).toBe(before + 1);
    // Told to come back later (a bound on traffic, a request too slow on a poor line): kept, not dropped.
    let refusals = 0;
    await page.route('**/api/surveys/responses', (route) => {
      refusals++;
      return route.fulfill({ status: 429, headers: { 'Retry-After': '1' }, contentType: 'application/json', body: '{"code":"rate_limited","message":"Quá nhiều"}' });
    });
    await ctx.setOffline(false);
    await page.evaluate('window.dispatchEvent(new Event("online"))');
    await expect.poll(() => refusals).toBeGreaterThan(0);
    await new Promise((r) => setTimeout(r, 500));
    expect(await surveyQueue(page)).toHaveLength(1);
    await page.unroute('**/api/surveys/responses');
    await page.evaluate('window.dispatchEvent(new Event("online"))');
    await expect.poll(results, { timeout: 5_000 }).toBe(before + 2);
    // The same answer sent again (a retry after a lost acknowledgement) is not counted twice.
    const replay = await page.evaluate(
      `fetch('/api/surveys/responses', { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: 'Bearer ' + JSON.parse(localStorage.getItem('hcc.kiosk')).token }, body: JSON.stringify(${JSON.stringify(queued[0])}) }).then((r) => r.json())`,
    );
    expect(replay).toMatchObject({ duplicate: true });
    expect(await results()).toBe(before + 2);
    await ctx.close();

    // Staff read it on the tablet: the index with its sample, and the comment.
    const tablet = await env.browser().newContext({ viewport: { width: 768, height: 1024 } });
    const { page: c, problems: consoleProblems } = await openConsole(tablet, env.server().url);
    await c.getByTestId('tab-surveys').click();
    await c.getByLabel('Trung tâm').selectOption('loc-tan');
    await waitForText(c, 'survey-index', new RegExp(`n = ${before + 2}`));
    await waitForText(c, 'survey-comments', /Cán bộ hướng dẫn tận tình/);
    expect(await c.locator('[data-testid="survey-weeks"] g').count()).toBeGreaterThan(0);

    // The admin rewords the quick question: a new version, which the kiosk asks from its next load.
    await c.getByTestId('form-edit-quick').click();
    await c.getByTestId('form-title').fill('Ông/Bà hài lòng với sự phục vụ hôm nay chứ?');
    await c.getByTestId('form-save').click();
    await waitForText(c, 'forms-notice', /Đã lưu phiên bản 2/);
    expect(consoleProblems).toEqual([]);
    await tablet.close();
    const again = await env.browser().newContext({ viewport: PORTRAIT });
    const { page: k } = await openPage(again, await kiosk('loc-tan', '?centre=loc-tan'));
    await k.getByTestId('tile-survey').click();
    await waitForText(k, 'survey', /hài lòng với sự phục vụ hôm nay chứ/);
    await again.close();
  });

  it('walks through the nine criteria of Circular 01/2018 one question at a time', async () => {
    const ctx = await env.browser().newContext({ viewport: LANDSCAPE });
    const { page, problems } = await openPage(ctx, await kiosk('long-thanh', '?centre=long-thanh&form=tt01'));
    await page.getByTestId('tile-survey').click();
    for (let i = 1; i <= 9; i++) {
      await waitForText(page, 'survey', new RegExp(`${i}/9\\.`));
      await page.getByTestId(i === 7 ? 'survey-1' : 'survey-2').click();
    }
    await page.getByTestId('survey-send').click();
    await page.getByTestId('survey-thanks').waitFor();
    await expect.poll(async () => (await surveyQueue(page)).length).toBe(0);
    const r = (await (await fetch(`${env.server().url}/api/surveys/results?centre=long-thanh&period=week`)).json()) as { criteria: { formId: string; questionId: string; average: number }[] };
    expect(r.criteria.find((c) => c.formId === 'tt01' && c.questionId === 'thai_do')?.average).toBe(1);
    expect(problems).toEqual([]);
    await ctx.close();
  });
});

async function waitForThanks(page: Page): Promise<string> {
  await page.getByTestId('survey-thanks').waitFor();
  return (await page.getByTestId('survey-thanks').textContent()) ?? '';
}

/** Emoji and other pictographs: the kiosk's Chromium on Debian has no font to draw them. */
const PICTOGRAPH = /\p{Extended_Pictographic}/u;
type Box = { x: number; y: number; width: number; height: number };
const box = async (page: Page, testId: string): Promise<Box> => {
  const b = await page.getByTestId(testId).first().boundingBox();
  if (!b) throw new Error(`${testId} is not on screen`);
  return b;
};
/** Every inline SVG icon inside the element, with its rendered size. */
const svgSizes = (page: Page, selector: string) =>
  page.$$eval(selector, (els) =>
    els.map((e) =>
      Array.from(e.querySelectorAll('svg'))
        .map((s) => s.getBoundingClientRect())
        .map((r) => Math.min(r.width, r.height)),
    ),
  );
/** A kiosk enrolled by its link learns its centre over its live line a moment after it opens, and redraws. */
const centreKnown = (page: Page) =>
  page.waitForFunction(() => document.querySelector('[data-testid="centre-name"]')?.textContent === 'Trung tâm Phục vụ hành chính công xã Long Thành', null, { timeout: 10_000 });
const openProcedure = async (page: Page, code: string) => {
  await page.goto(`${env.server().url}/kiosk/?centre=long-thanh&p=${code}`);
  await page.getByTestId('detail-bring').waitFor();
};

describe('kiosk screens at their real sizes', () => {
  it.each([
    ['portrait', PORTRAIT, 0.85, 2],
    ['landscape', LANDSCAPE, 0.4, 3],
  ] as const)('the %s home screen is filled: centre, a big search box, big common tiles, the rest', async (_name, viewport, searchShare, columns) => {
    const ctx = await env.browser().newContext({ viewport });
    const { page, problems } = await openPage(ctx, await kiosk());
    await page.getByTestId('common-tile').first().waitFor();
    await centreKnown(page);
    const search = await box(page, 'tile-search');
    expect(search.width).toBeGreaterThanOrEqual(viewport.width * searchShare);
    expect(search.height).toBeGreaterThanOrEqual(120);
    expect(search.y).toBeLessThan(viewport.height * 0.25);
    const tiles = await page.getByTestId('common-tile').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as Box));
    expect(tiles).toHaveLength(6);
    for (const t of tiles) {
      expect(t.width).toBeGreaterThanOrEqual((viewport.width - 200) / columns - 40);
      expect(t.height).toBeGreaterThanOrEqual(170);
      expect(t.y).toBeGreaterThan(search.y + search.height);
    }
    expect(new Set(tiles.map((t) => Math.round(t.x))).size).toBe(columns);
    // The other tiles come after the common ones, and the page ends at the screen's bottom edge: no
    // empty half screen, and nothing to scroll to.
    const survey = await box(page, 'tile-survey');
    expect(survey.y).toBeGreaterThan(Math.max(...tiles.map((t) => t.y + t.height)));
    const privacy = await box(page, 'privacy-open');
    expect(privacy.y + privacy.height).toBeGreaterThan(viewport.height * 0.9);
    expect(await page.evaluate('document.documentElement.scrollHeight')).toBeLessThanOrEqual(viewport.height);
    expect((await smallestType(page))[0]).toBeGreaterThanOrEqual(20);
    expect(problems).toEqual([]);
    await ctx.close();
  });

  it('draws every icon as an SVG shipped with the app, and no emoji anywhere on screen', async () => {
    const ctx = await env.browser().newContext({ viewport: PORTRAIT });
    const { page } = await openPage(ctx, await kiosk());
    await page.getByTestId('common-tile').first().waitFor();
    await centreKnown(page);
    const homeIcons = await svgSizes(page, '[data-testid="common-tile"], [data-testid^="tile-"], .toolbar button, [data-testid="privacy-open"]');
    expect(homeIcons.length).toBeGreaterThanOrEqual(6 + 5 + 3 + 1);
    for (const icons of homeIcons) expect(Math.min(...icons)).toBeGreaterThanOrEqual(24);
    expect(await page.evaluate('document.body.innerText')).not.toMatch(PICTOGRAPH);

    await page.getByTestId('tile-survey').click();
    await page.getByTestId('survey').waitFor();
    const faces = await svgSizes(page, '.survey-option');
    expect(faces).toHaveLength(3);
    for (const icons of faces) expect(icons[0]).toBeGreaterThanOrEqual(80);
    expect(await page.evaluate('document.body.innerText')).not.toMatch(PICTOGRAPH);

    await openProcedure(page, '1.001193');
    expect(await page.evaluate('document.body.innerText')).not.toMatch(PICTOGRAPH);
    await page.getByTestId('kiosk-home').click();
    await page.getByTestId('tile-search').click();
    for (const icons of await svgSizes(page, '[data-key="backspace"]')) expect(icons[0]).toBeGreaterThan(0);
    expect(await page.evaluate('document.body.innerText')).not.toMatch(PICTOGRAPH);
    await ctx.close();
  });

  // Real procedures of every kind: civil status, residence, certification, household business.
  it.each(['1.001193', '1.000894', '1.004873', '1.004222', '2.000815', '1.001612'])('%s: what to bring, where, time and fee, and the QR come before the full text', async (code) => {
    const ctx = await env.browser().newContext({ viewport: PORTRAIT });
    const page = await ctx.newPage();
    await openProcedure(page, code);
    const order = ['detail-bring', 'detail-where', 'detail-time', 'detail-qr', 'detail-full'];
    const tops = await Promise.all(order.map(async (id) => (await box(page, id)).y));
    expect([...tops].sort((a, b) => a - b)).toEqual(tops);
    expect((await box(page, 'detail-fee')).y).toBe((await box(page, 'detail-time')).y);
    // The "if…" cases and every section of the full text start folded.
    expect(await page.locator('[data-testid="detail-case"][open], [data-testid="full-section"][open]').count()).toBe(0);
    const text = (await page.getByTestId('procedure-detail').textContent()) ?? '';
    expect(text).not.toMatch(/(^|\D)0 bản/);
    expect(await page.locator('[data-testid="bring-everyone"] li').count()).toBeGreaterThan(0);
    await ctx.close();
  });

  it('khai sinh fits its summary on one portrait screen, birth certificate among the first papers, the cases one tap away', async () => {
    const ctx = await env.browser().newContext({ viewport: PORTRAIT });
    const page = await ctx.newPage();
    await openProcedure(page, '1.001193');
    const everyone = await page.locator('[data-testid="bring-everyone"] > li strong').allTextContents();
    expect(everyone.slice(0, 3)).toContain('Giấy chứng sinh');
    expect(everyone.length).toBeLessThanOrEqual(4);
    const qr = await box(page, 'detail-qr');
    expect(qr.y + qr.height).toBeLessThanOrEqual(PORTRAIT.height);
    expect((await smallestType(page))[0]).toBeGreaterThanOrEqual(20);
    const cases = page.getByTestId('detail-case');
    expect(await cases.count()).toBeGreaterThanOrEqual(4);
    const abandoned = cases.filter({ hasText: 'Nếu trẻ em bị bỏ rơi' });
    expect(await abandoned.getByText('Biên bản về việc trẻ bị bỏ rơi').isVisible()).toBe(false);
    await abandoned.locator('summary').click();
    expect(await abandoned.getByText('Biên bản về việc trẻ bị bỏ rơi').isVisible()).toBe(true);
    await ctx.close();
  });

  it('gives a 500-character procedure name a smaller heading, so the papers start on the first screen', async () => {
    const ctx = await env.browser().newContext({ viewport: PORTRAIT });
    const page = await ctx.newPage();
    await openProcedure(page, '1.013831');
    const title = await page.locator('.detail h1').boundingBox();
    expect(title?.height).toBeLessThan(PORTRAIT.height * 0.2);
    expect((await box(page, 'detail-bring')).y).toBeLessThan(PORTRAIT.height / 2);
    await ctx.close();
  });

  it('prints the checklist as a slip that fits an 80 mm roll, and a page of A4', async () => {
    const ctx = await env.browser().newContext({ viewport: PORTRAIT });
    const page = await ctx.newPage();
    await page.addInitScript('window.__prints = 0; window.print = () => { window.__prints++; };');
    await openProcedure(page, '1.001193');
    // The centre's name comes with the catalogue, which the search worker reads after the page opens.
    await page.locator('main[data-catalogue-size]:not([data-catalogue-size="0"])').waitFor();
    expect(await page.getByTestId('printout').isVisible()).toBe(false);
    await page.getByTestId('print-checklist').click();
    expect(await page.evaluate('window.__prints')).toBe(1);

    // 80 mm paper at 96 dpi is 302 px wide; the printable part is narrower still.
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: 302, height: 1000 });
    expect(await page.getByTestId('printout').isVisible()).toBe(true);
    expect(await page.getByTestId('procedure-detail').isVisible()).toBe(false);
    expect(await page.locator('.toolbar').isVisible()).toBe(false);
    const slip = (await page.getByTestId('printout').textContent()) ?? '';
    for (const words of ['Trung tâm Phục vụ hành chính công xã Long Thành', 'Thủ tục đăng ký khai sinh', 'Giấy chứng sinh (1 bản chính)', 'Nếu trẻ em bị bỏ rơi', 'Miễn phí'])
      expect(slip).toContain(words);
    expect(slip).not.toMatch(/(^|\D)0 bản/);
    const widest = await page.$$eval('[data-testid="printout"] *', (els) => Math.max(...els.map((e) => e.getBoundingClientRect().right)));
    expect(widest).toBeLessThanOrEqual(302);
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(302);

    await page.setViewportSize(PORTRAIT);
    const a4 = (await page.pdf({ format: 'A4' })).toString('latin1');
    expect(a4.match(/\/Type\s*\/Page[^s]/g)?.length).toBe(1);
    await ctx.close();
  });

  it('speaks English in its own headings and labels; the procedure text stays Vietnamese, said once', async () => {
    const ctx = await env.browser().newContext({ viewport: LANDSCAPE });
    const { page, problems } = await openPage(ctx, await kiosk());
    await page.getByTestId('kiosk-lang').click();
    // The page's language is set in an effect, after the render the tap causes: waited for, not raced.
    await page.waitForFunction(() => document.documentElement.lang === 'en', undefined, { timeout: 5_000 });
    expect(await page.getByTestId('tile-search').textContent()).toContain('Find a procedure');
    await page.locator('[data-testid="common-tile"][data-code="1.001193"]').click();
    await page.getByTestId('detail-bring').waitFor();
    const headings = await page.locator('[data-testid="procedure-detail"] h2').allTextContents();
    expect(headings.map((h) => h.trim()).slice(0, 4)).toEqual(['What to bring', 'Where to apply', 'Time', 'Fee']);
    expect(await page.getByTestId('print-checklist').textContent()).toContain('Print the checklist');
    expect(await page.locator('h1[lang="vi"]').first().textContent()).toBe('Thủ tục đăng ký khai sinh');
    expect(await page.locator('.lang-note').count()).toBe(1);
    // In landscape the side column (where, time, fee, QR) fits the first screen too.
    const qr = await box(page, 'detail-qr');
    expect(qr.y + qr.height).toBeLessThanOrEqual(LANDSCAPE.height);
    expect(await page.getByTestId('detail-case').filter({ hasText: 'If someone else applies for you' }).count()).toBe(1);
    expect(problems).toEqual([]);
    await ctx.close();
  });

  it('lists the fields a commune kiosk is visited for first, customs and tax after', async () => {
    const ctx = await env.browser().newContext({ viewport: PORTRAIT });
    const { page } = await openPage(ctx, await kiosk());
    await page.getByTestId('tile-fields').click();
    await page.getByTestId('kiosk-field').first().waitFor();
    const fields = (await page.getByTestId('kiosk-field').allTextContents()).map((f) => f.replace(/\s*\(\d+\)$/, '').trim());
    expect(fields[0]).toBe('Hộ tịch');
    expect(fields.indexOf('Chứng thực')).toBeLessThan(fields.indexOf('Hải quan'));
    expect(fields.indexOf('Đất đai')).toBeLessThan(fields.indexOf('Thuế'));
    await ctx.close();
  });
});
