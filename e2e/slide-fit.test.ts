import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminSession, useServerAndBrowser } from './harness';
import { catalogue, openSlideLab, sweep } from './slide-lab';

/**
 * No slide ever overflows: every procedure of the shipped national catalogue as a spotlight, and the
 * other templates with the longest content their schemas allow, drawn at the TV's two real sizes in
 * the slide lab (/display/lab.html: the player's own layout) and checked for anything outside the main
 * zone or any text box whose content is larger than the box.
 */
const env = useServerAndBrowser({ beforeAll, afterAll });

const SIZES = [
  { name: 'landscape 1920×1080', width: 1920, height: 1080 },
  { name: 'portrait 1080×1920', width: 1080, height: 1920 },
] as const;
const openLab = (width: number, height: number) => openSlideLab(env.browser(), env.server().url, { width, height });

const base = (id: string) => ({ id, title: id, durationMs: 10_000 });
const words = (n: number) => 'Từ ngày 01/12/2026 Trung tâm tiếp nhận hồ sơ đăng ký khai sinh, kết hôn cả sáng Thứ Bảy. '.repeat(Math.ceil(n / 40)).slice(0, n);

/** The longest text, QR, ticker, emergency and media captions the playlist schema accepts, in several shapes. */
function longestItems(mediaIds: { image?: string | undefined; video?: string | undefined }) {
  const items: { what: string; item: Record<string, unknown> }[] = [
    { what: 'text: 200 + 2,000 characters of prose', item: { ...base('t1'), kind: 'text', heading: words(200), body: words(2000) } },
    { what: 'text: one unbroken 2,000-character word', item: { ...base('t2'), kind: 'text', heading: 'Ư'.repeat(200), body: 'Ệ'.repeat(2000) } },
    {
      what: 'text: 2,000 characters over 200 lines',
      item: {
        ...base('t3'),
        kind: 'text',
        heading: words(200),
        body: Array.from({ length: 200 }, (_, i) => `Dòng ${i}`)
          .join('\n')
          .slice(0, 2000),
      },
    },
    { what: 'text: blank lines only', item: { ...base('t4'), kind: 'text', heading: '', body: '\n'.repeat(2000) } },
    { what: 'ticker as a slide: 1,000 characters', item: { ...base('k1'), kind: 'ticker', text: words(1000) } },
    {
      what: 'qr: 200-character caption',
      item: { ...base('q1'), kind: 'qr', url: 'https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=1.001193', caption: words(200) },
    },
    { what: 'qr: a URL too long for any QR code', item: { ...base('q2'), kind: 'qr', url: `https://example.vn/${'a'.repeat(5000)}`, caption: 'Ư'.repeat(200) } },
    { what: 'emergency: 500 characters', item: { ...base('e1'), kind: 'emergency', text: words(500), severity: 'danger' } },
  ];
  for (const kind of ['image', 'video'] as const) {
    const mediaId = mediaIds[kind];
    if (mediaId) items.push({ what: `${kind}: 300-character caption`, item: { ...base(`m-${kind}`), kind, mediaId, caption: words(300) } });
  }
  return items;
}

/** Survey results as the server would send them, for the route the slide fetches. */
const surveyResults = (n: number, index: number) => ({
  period: 'month',
  from: '2026-11-02T00:00:00.000Z',
  n,
  satisfied: Math.round(n * index),
  index,
  ci: { low: Math.max(0, index - 0.06), high: Math.min(1, index + 0.04) },
  criteria: [],
  excluded: 0,
  byField: [],
  weeks: [],
});
const SURVEY_CASES = [
  { what: 'survey: no answers', results: surveyResults(0, 0), says: /Đang thu thập ý kiến/ },
  { what: 'survey: 29 answers (collecting)', results: surveyResults(29, 0.93), says: /Đã có 29 lượt đánh giá.*khi đủ 30 lượt/ },
  { what: 'survey: 30 answers, 93 %', results: surveyResults(30, 0.93), says: /9 trên 10\s*người dân hài lòng/ },
  { what: 'survey: 1,234,567 answers, 100 %', results: surveyResults(1_234_567, 1), says: /10 trên 10/ },
  { what: 'survey: 4 %', results: surveyResults(30, 0.04), says: /Dưới 1 trên 10/ },
];

describe('every slide fits the TV, landscape and portrait', () => {
  for (const size of SIZES) {
    // The two sweeps run side by side: each is one renderer's layout work, so on two cores the pair
    // takes about as long as one (they were this suite's longest file, one after the other).
    it.concurrent(
      `spotlights every procedure of the national catalogue (${size.name})`,
      async () => {
        const procedures = catalogue();
        expect(procedures.length).toBeGreaterThan(2_600);
        const page = await openLab(size.width, size.height);
        const started = Date.now();
        const failures = await sweep(
          page,
          procedures.map((p) => ({ what: p.code, item: { ...base('p'), kind: 'procedure', procedureCode: p.code }, procedure: p })),
        );
        console.log(`${size.name}: ${procedures.length} spotlights in ${((Date.now() - started) / 1000).toFixed(1)} s, ${failures.length} not fitting`);
        expect(failures.slice(0, 10)).toEqual([]);
        await page.context().close();
      },
      600_000,
    );
  }

  for (const size of SIZES) {
    it(`fits text, QR, ticker, emergency and captions at their schema limits (${size.name})`, async () => {
      const admin = await adminSession(env.server().url);
      const media = (await admin.call<{ items: { id: string; kind: string }[] }>('GET', '/api/media')).items;
      const ids = { image: media.find((m) => m.kind === 'image')?.id, video: media.find((m) => m.kind === 'video')?.id };
      const page = await openLab(size.width, size.height);
      expect(await sweep(page, longestItems(ids))).toEqual([]);
      await page.context().close();
    });

    it(`draws an image's backdrop as a small dark canvas with no CSS filter, a video's as the brand colours (${size.name})`, async () => {
      // A full-size picture blurred by CSS took most of the 50–200 ms an image needed to reach the screen after a video.
      const admin = await adminSession(env.server().url);
      const media = (await admin.call<{ items: { id: string; kind: string }[] }>('GET', '/api/media')).items;
      const [image, video] = [media.find((m) => m.kind === 'image')?.id, media.find((m) => m.kind === 'video')?.id];
      expect(image && video).toBeTruthy();
      const page = await openLab(size.width, size.height);
      expect(await page.evaluate(`window.hccLab.show(${JSON.stringify({ ...base('b1'), kind: 'image', mediaId: image, caption: '' })})`)).toEqual({ ok: true });
      const backdrop = await page.evaluate(`(() => {
        const layer = document.querySelector('[data-testid="now-playing"] .media-image .media-backdrop');
        const c = layer.querySelector('canvas');
        const px = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
        let max = 0, opaque = true, sum = 0;
        for (let i = 0; i < px.length; i += 4) {
          max = Math.max(max, px[i], px[i + 1], px[i + 2]);
          sum += px[i] + px[i + 1] + px[i + 2];
          if (px[i + 3] !== 255) opaque = false;
        }
        return { children: layer.children.length, width: c.width, filter: getComputedStyle(c).filter, drawn: sum > 0, opaque, max };
      })()`);
      // Opaque to its edges (not faded by the blur) and darkened: the demo's pictures have white in them.
      expect(backdrop).toMatchObject({ children: 1, filter: 'none', drawn: true, opaque: true });
      expect((backdrop as { width: number }).width).toBeLessThanOrEqual(96);
      expect((backdrop as { max: number }).max).toBeLessThanOrEqual(Math.ceil(0.55 * 255) + 2);
      expect(await page.evaluate(`window.hccLab.show(${JSON.stringify({ ...base('b2'), kind: 'video', mediaId: video, caption: '' })})`)).toEqual({ ok: true });
      expect(await page.evaluate(`document.querySelector('[data-testid="now-playing"] .media-video .media-backdrop').children.length`)).toBe(0);
      await page.context().close();
    });

    it(`fits the satisfaction slide, and its phone QR is at least a quarter of its height (${size.name})`, async () => {
      const page = await openLab(size.width, size.height);
      let answer = SURVEY_CASES[0]?.results;
      await page.route('**/api/surveys/results**', (route) => route.fulfill({ json: answer }));
      for (const [i, c] of SURVEY_CASES.entries()) {
        answer = c.results;
        expect(await page.evaluate(`window.hccLab.show(${JSON.stringify({ ...base(`s${i}`), kind: 'survey_results' })})`)).toEqual({ ok: true });
        await page.waitForSelector(`[data-testid="survey-results"][data-n="${c.results.n}"]`);
        await page.evaluate('document.fonts.ready');
        expect({ what: c.what, problems: await page.evaluate(`window.checkFit()`) }).toEqual({ what: c.what, problems: [] });
        const text = (await page.getByTestId('survey-results').textContent()) ?? '';
        expect(text).toMatch(c.says);
        // Below the minimum there is no figure at all: a percentage of 29 answers would swing with each one.
        if (c.results.n < 30) expect(text).not.toMatch(/%/);
        const qr = await page.locator('.survey-qr-code').boundingBox();
        const slide = await page.locator('.slide-survey').boundingBox();
        expect(qr && slide && qr.height / slide.height).toBeGreaterThanOrEqual(0.25);
      }
      await page.context().close();
    });
  }
});
