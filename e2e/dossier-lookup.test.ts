import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DOSSIER_PATHS, type DossierRowInput } from '@hcc/shared/schemas/dossier';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeCode128Y4m, writeQrY4m } from './fake-camera';
import { adminSession, chromiumPath, openPage, pairKiosk, useServerAndBrowser } from './harness';

/**
 * The dossier look-up as citizens use it, against the real server: a receipt's QR held up to the
 * kiosk's camera (Chromium's fake capture device playing a Y4M of the QR), a USB scanner typing the
 * code and Enter, the on-screen keyboard, a phone with the page the TV's QR opens, and a code that
 * does not exist. Dossiers come in through the push connector with a token issued as staff issue one.
 */
const env = useServerAndBrowser({ beforeAll, afterAll });
const PORTRAIT = { width: 1080, height: 1920 };
const SHOTS = path.join(fileURLToPath(new URL('..', import.meta.url)), 'screenshots');
const CENTRE = 'long-thanh';
const day = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString();

/** One ready for pickup at a counter, one late and still in progress: the two answers that matter most. */
function rows(now: number): DossierRowInput[] {
  return [
    {
      code: '000.00.15.H12-261201-0123',
      procedureCode: '1.001193',
      receivedAt: iso(now - 5 * day),
      appointmentAt: iso(now + day),
      status: 'ready',
      history: [
        { status: 'received', at: iso(now - 5 * day) },
        { status: 'ready', at: iso(now - day) },
      ],
      resultAt: iso(now - day),
      delivery: 'counter',
      counter: 'Quầy số 3',
      applicantName: 'Nguyễn Văn An',
      updatedAt: iso(now - day),
    },
    {
      code: 'LT-2611-0456',
      procedureCode: '1.004873',
      receivedAt: iso(now - 20 * day),
      appointmentAt: iso(now - 3 * day),
      status: 'processing',
      history: [{ status: 'received', at: iso(now - 20 * day) }],
      resultAt: null,
      delivery: null,
      counter: null,
      applicantName: 'Trần Thị Bích',
      updatedAt: iso(now - 2 * day),
    },
  ];
}

async function pushDossiers(): Promise<void> {
  const url = env.server().url;
  const admin = await adminSession(url);
  const { secret } = await admin.call<{ secret: string }>('POST', DOSSIER_PATHS.tokens, { name: 'e2e one-stop', centreId: CENTRE });
  const res = await fetch(`${url}${DOSSIER_PATHS.batch}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${secret}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ rows: rows(Date.now()) }),
  });
  expect(res.status).toBe(200);
  expect(((await res.json()) as { rejected: unknown[] }).rejected).toEqual([]);
}

beforeAll(async () => {
  await pushDossiers();
  mkdirSync(SHOTS, { recursive: true });
});

const answer = (page: Page) => page.getByTestId('dossier-answer');
const openLookup = async (page: Page) => {
  await page.getByTestId('tile-dossier').click();
  await page.getByTestId('dossier-lookup').waitFor();
};

describe('dossier look-up at the kiosk and on the phone', () => {
  /** Opens the dossier page on a kiosk whose camera sees the video `draw` writes; gives the answer's page. */
  async function scanned(draw: (video: string) => void | Promise<void>, check: (page: Page) => Promise<void>): Promise<void> {
    const dir = mkdtempSync(path.join(tmpdir(), 'hcc-camera-'));
    const video = path.join(dir, 'receipt.y4m');
    await draw(video);
    let camera: Browser | null = null;
    try {
      camera = await chromium.launch({
        executablePath: chromiumPath(),
        headless: true,
        args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream', `--use-file-for-fake-video-capture=${video}`],
      });
      const ctx = await camera.newContext({ viewport: PORTRAIT });
      const { url } = await pairKiosk(env.server().url, CENTRE);
      const { page, problems } = await openPage(ctx, url);
      await page.getByTestId('kiosk-tiles').waitFor();
      await openLookup(page);
      await answer(page).waitFor({ timeout: 30_000 });
      await check(page);
      expect(problems).toEqual([]);
      await ctx.close();
    } finally {
      await camera?.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }

  it('reads the receipt QR from the camera and says where to collect the result, with the name masked', async () => {
    // Receipts' QR codes often carry a look-up URL rather than the bare code.
    await scanned(
      (video) => writeQrY4m(video, 'https://dichvucong.example.gov.vn/tra-cuu?code=000.00.15.H12-261201-0123'),
      async (page) => {
        expect(await page.getByTestId('dossier-code').inputValue()).toContain('000.00.15.H12-261201-0123');
        expect(await answer(page).getAttribute('data-status')).toBe('ready');
        const text = (await answer(page).textContent()) ?? '';
        expect(text).toMatch(/Đã có kết quả — mời ông\/bà đến Quầy số 3 để nhận/);
        expect(text).toMatch(/khai sinh/i);
        expect(await page.getByTestId('dossier-name').textContent()).toBe('N. V. A.');
        expect(await page.content()).not.toContain('Nguyễn Văn An');
        await page.screenshot({ path: path.join(SHOTS, 'kiosk-1080x1920-dossier-scanned.png') });
      },
    );
  }, 90_000);

  it("reads the receipt's Code 128 barcode from the camera, the other form receipts print", async () => {
    await scanned(
      (video) => writeCode128Y4m(video, 'LT-2611-0456'),
      async (page) => {
        expect(await page.getByTestId('dossier-code').inputValue()).toContain('LT-2611-0456');
        expect(await answer(page).getAttribute('data-status')).toBe('processing');
        expect(await page.getByTestId('dossier-name').textContent()).toBe('T. T. B.');
      },
    );
  }, 90_000);

  it('takes a USB scanner typing the code and Enter, wherever the focus is', async () => {
    const ctx = await env.browser().newContext({ viewport: PORTRAIT });
    const { page } = await openPage(ctx, (await pairKiosk(env.server().url, CENTRE)).url);
    await openLookup(page);
    await page.getByRole('heading', { name: 'Tra cứu hồ sơ' }).click(); // focus away from the code box
    await page.keyboard.type('lt-2611-0456\n', { delay: 5 });
    await answer(page).waitFor();
    expect(await answer(page).getAttribute('data-status')).toBe('processing');
    const late = (await page.getByTestId('dossier-late').textContent()) ?? '';
    expect(late).toMatch(/quá ngày hẹn/);
    expect(late).toMatch(/xin lỗi/);
    expect(await page.getByTestId('dossier-name').textContent()).toBe('T. T. B.');
    await ctx.close();
  });

  it('takes a code typed on the on-screen keyboard in any case and spacing, and forgets it after a minute idle', async () => {
    const ctx = await env.browser().newContext({ viewport: PORTRAIT });
    const page = await ctx.newPage();
    await page.clock.install();
    await page.goto((await pairKiosk(env.server().url, CENTRE)).url);
    await page.getByTestId('kiosk-tiles').waitFor();
    await openLookup(page);
    for (const k of 'LT 2611 0456') await page.locator(`[data-testid="keyboard"] [data-key="${k === ' ' ? 'space' : k}"]`).click();
    await page.getByTestId('dossier-submit').click();
    await answer(page).waitFor();
    expect(await answer(page).getAttribute('data-status')).toBe('processing');
    await page.screenshot({ path: path.join(SHOTS, 'kiosk-1080x1920-dossier-late.png') });
    // English on request: the same answer in the other language.
    await page.getByTestId('kiosk-lang').click();
    expect(await page.getByTestId('dossier-step').textContent()).toMatch(/being examined/);
    await page.clock.runFor(61_000);
    await page.getByTestId('kiosk-tiles').waitFor();
    await openLookup(page);
    expect(await page.getByTestId('dossier-code').inputValue()).toBe('');
    expect(await answer(page).count()).toBe(0);
    await ctx.close();
  });

  it('answers an unknown code with what to check, never an error', async () => {
    const ctx = await env.browser().newContext({ viewport: PORTRAIT });
    const { page, problems } = await openPage(ctx, (await pairKiosk(env.server().url, CENTRE)).url);
    await openLookup(page);
    await page.getByTestId('dossier-code').fill('ZZ-0000-9999');
    await page.getByTestId('dossier-submit').click();
    const nf = page.getByTestId('dossier-not-found');
    await nf.waitFor();
    expect(await nf.textContent()).toMatch(/Không tìm thấy hồ sơ.*kiểm tra/s);
    expect(await nf.locator('li').count()).toBeGreaterThanOrEqual(2);
    // Something that cannot be a code at all gets the same friendly answer, without asking the server.
    await page.getByTestId('dossier-code').fill('??');
    await page.getByTestId('dossier-submit').click();
    await nf.waitFor();
    await page.screenshot({ path: path.join(SHOTS, 'kiosk-1080x1920-dossier-not-found.png') });
    expect(problems).toEqual([]);
    await ctx.close();
  });

  it('works on a phone from the QR on the TV and the kiosk, unpaired and anonymous', async () => {
    const ctx = await env.browser().newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    const { page, problems } = await openPage(ctx, `${env.server().url}/kiosk/?hoso=1&centre=${CENTRE}`);
    await page.getByTestId('dossier-lookup').waitFor();
    expect(await page.getByTestId('keyboard').count()).toBe(0); // the phone has its own
    await page.getByTestId('dossier-code').fill('000 00 15 h12 261201 0123');
    await page.getByTestId('dossier-submit').click();
    await answer(page).waitFor();
    expect(await answer(page).getAttribute('data-status')).toBe('ready');
    await page.screenshot({ path: path.join(SHOTS, 'phone-390x844-dossier.png'), fullPage: true });
    expect(problems).toEqual([]);
    await ctx.close();
  });
});
