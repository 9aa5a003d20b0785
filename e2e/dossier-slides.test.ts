import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DossierFigures, DossierReadyList, DossierResults } from '@hcc/shared/schemas/dossier';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOSSIER_PATHS } from '@hcc/shared/schemas/dossier';
import { adminSession, openPage, publishItems, useServerAndBrowser } from './harness';
import { openSlideLab } from './slide-lab';

/**
 * The two dossier slides in the slide lab (the player's own layout) at the TV's two real sizes, with
 * every amount of data the server can send: nothing, a stale feed, one code, full pages of the
 * longest codes and names, hundreds of codes, dozens of fields, a province's hundred communes, and
 * seven-digit figures. Nothing may overflow; a stale or empty ready list must pass itself over.
 */
const env = useServerAndBrowser({ beforeAll, afterAll });
const SHOTS = path.join(fileURLToPath(new URL('..', import.meta.url)), 'screenshots');
const SIZES = [
  { name: '1920x1080', width: 1920, height: 1080 },
  { name: '1080x1920', width: 1080, height: 1920 },
] as const;
const base = (id: string, durationMs = 20_000) => ({ id, title: id, durationMs });

const ready = (n: number, over: Partial<DossierReadyList> = {}, code = (i: number) => `000.00.15.H12-261201-${String(i).padStart(4, '0')}`): DossierReadyList => ({
  centreId: 'lab',
  asOf: '2026-12-02T03:15:00.000Z',
  isStale: false,
  items: Array.from({ length: n }, (_, i) => ({ code: code(i), maskedName: i % 3 ? 'N. V. A.' : 'T. T. N. H.' })),
  total: n,
  ...over,
});
const READY_CASES = [
  { what: 'empty feed', list: ready(0), skipped: true },
  { what: 'stale feed with codes', list: ready(12, { isStale: true }), skipped: true },
  { what: 'one code', list: ready(1), skipped: false },
  {
    what: '30 codes of 64 characters, long masked names',
    list: { ...ready(30), items: ready(30, {}, (i) => `${'X'.repeat(58)}-${String(i).padStart(5, '0')}`).items.map((d) => ({ ...d, maskedName: 'N. T. T. H. P. Q. V.' })) },
    perPage: 30,
    skipped: false,
  },
  { what: '600 codes, 12 a page', list: ready(500, { total: 600 }), skipped: false },
];

const figures = (k: number): DossierFigures => ({
  received: 1_234_567 * k,
  resolved: 1_200_000 * k,
  early: 800_000 * k,
  onTime: 380_000 * k,
  late: 20_000 * k,
  onTimePct: 98.3,
  pending: 34_567 * k,
  overdue: 1_234 * k,
  apologies: 21_234 * k,
});
const period = (k: number) => ({ month: figures(k), year: figures(k * 12) });
const results = (fields: number, communes: number): DossierResults => ({
  centreId: 'lab',
  centreName: 'Trung tâm Phục vụ hành chính công tỉnh Đồng Nai',
  monthLabel: 'tháng 12 năm 2026',
  yearLabel: 'năm 2026',
  asOf: '2026-12-02T03:15:00.000Z',
  isStale: false,
  total: period(1),
  byField: Array.from({ length: fields }, (_, i) => ({ field: i % 2 ? 'Hộ tịch' : `Đất đai, tài nguyên và môi trường, khoáng sản, biển và hải đảo ${i}`, ...period(1) })),
  communes: Array.from({ length: communes }, (_, i) => ({ centreId: `c${i}`, centreName: `Trung tâm Phục vụ hành chính công phường Trảng Dài Biên Hòa ${i}`, ...period(1) })),
});
const RESULT_CASES = [
  { what: 'no dossiers at all', results: { ...results(0, 0), total: { month: { ...figures(0), onTimePct: null }, year: { ...figures(0), onTimePct: null } } }, communes: false, skipped: true },
  { what: 'a commune, 3 fields', results: results(3, 0), communes: false, skipped: false },
  { what: '45 fields with long names, 7-digit figures', results: results(45, 0), communes: false, skipped: false },
  { what: 'a province with 120 communes', results: results(12, 120), communes: true, skipped: false },
];

async function show(page: Page, item: unknown): Promise<{ ok: boolean; skipped?: boolean; error?: string }> {
  return (await page.evaluate(`window.hccLab.show(${JSON.stringify(item)})`)) as { ok: boolean; skipped?: boolean };
}

beforeAll(() => mkdirSync(SHOTS, { recursive: true }));

describe('dossier slides fit the TV, landscape and portrait', () => {
  for (const size of SIZES) {
    it(`"Hồ sơ đã có kết quả" fits with any amount of codes and hides itself when stale or empty (${size.name})`, async () => {
      const page = await openSlideLab(env.browser(), env.server().url, size);
      let answer: DossierReadyList = ready(0);
      await page.route('**/api/dossiers/ready**', (route) => route.fulfill({ json: answer }));
      for (const [i, c] of READY_CASES.entries()) {
        answer = c.list;
        const outcome = await show(page, { ...base(`r${i}`), kind: 'dossiers_ready', perPage: c.perPage ?? 12 });
        expect({ what: c.what, outcome }).toEqual({ what: c.what, outcome: c.skipped ? { ok: true, skipped: true } : { ok: true } });
        if (c.skipped) continue;
        await page.evaluate('document.fonts.ready');
        expect({ what: c.what, problems: await page.evaluate('window.checkFit()') }).toEqual({ what: c.what, problems: [] });
        const codes = page.getByTestId('ready-codes').locator('li');
        expect(await codes.count()).toBe(Math.min(c.list.items.length, c.perPage ?? 12));
        // Codes and masked names only: nothing else about a citizen is on the slide.
        const text = (await page.getByTestId('dossiers-ready').textContent()) ?? '';
        expect(text).not.toMatch(/Nguyễn|Trần/);
        if (c.list.items.length > 12 && !c.perPage) expect(await page.getByTestId('dossiers-ready').getAttribute('data-pages')).toBe(String(Math.ceil(c.list.items.length / 12)));
        if (i === 4) await page.screenshot({ path: path.join(SHOTS, `player-${size.name}-dossiers-ready.png`) });
      }
      await page.context().close();
    });

    it(`"Kết quả giải quyết TTHC" fits from a commune to a province of 120 communes (${size.name})`, async () => {
      const page = await openSlideLab(env.browser(), env.server().url, size);
      let answer: DossierResults = results(0, 0);
      await page.route('**/api/dossiers/results**', (route) => route.fulfill({ json: answer }));
      for (const [i, c] of RESULT_CASES.entries()) {
        answer = c.results;
        const outcome = await show(page, { ...base(`s${i}`), kind: 'dossier_results', showCommunes: c.communes });
        expect({ what: c.what, outcome }).toEqual({ what: c.what, outcome: c.skipped ? { ok: true, skipped: true } : { ok: true } });
        if (c.skipped) continue;
        await page.evaluate('document.fonts.ready');
        expect({ what: c.what, problems: await page.evaluate('window.checkFit()') }).toEqual({ what: c.what, problems: [] });
        const text = (await page.getByTestId('dossier-results').textContent()) ?? '';
        expect(text).toContain('tháng 12 năm 2026');
        expect(text).toContain('98,3 %');
        if (c.communes) expect(text).toContain('Xã, phường');
        if (i === 2 || i === 3) await page.screenshot({ path: path.join(SHOTS, `player-${size.name}-dossier-results-${c.communes ? 'province' : 'fields'}.png`) });
      }
      await page.context().close();
    });
  }

  it('shows a ready dossier on the paired TV as the connector sends it, and drops it once handed over', async () => {
    const url = env.server().url;
    const admin = await adminSession(url);
    const { secret } = await admin.call<{ secret: string }>('POST', DOSSIER_PATHS.tokens, { name: 'e2e TV feed', centreId: 'long-thanh' });
    const push = async (status: 'ready' | 'returned', updatedAt: string) => {
      const row = {
        code: 'TV-E2E-0777',
        procedureCode: '1.001193',
        receivedAt: '2026-11-20T01:00:00.000Z',
        appointmentAt: '2026-12-20T01:00:00.000Z',
        status,
        resultAt: '2026-11-30T01:00:00.000Z',
        counter: 'Quầy số 2',
        applicantName: 'Lý Thị Mai',
        updatedAt,
      };
      const res = await fetch(`${url}${DOSSIER_PATHS.batch}`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${secret}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ rows: [row] }),
      });
      expect(res.status).toBe(200);
    };
    await push('ready', new Date(Date.now() - 60_000).toISOString());
    await publishItems(url, 'long-thanh', [
      { id: 'tv-news', kind: 'text', title: 'Tin', durationMs: 4_000, heading: 'Giờ làm việc', body: 'Sáng 7:30–11:30' },
      { id: 'tv-ready', kind: 'dossiers_ready', title: 'Hồ sơ đã có kết quả', durationMs: 6_000, perPage: 12 },
    ]);
    const ctx = await env.browser().newContext({ viewport: { width: 1920, height: 1080 } });
    const { page, problems } = await openPage(ctx, `${url}/display/#token=${env.server().screenTokens[0]}`);
    await page.waitForSelector('[data-testid="now-playing"][data-item-id="tv-ready"]', { timeout: 20_000 });
    const text = (await page.getByTestId('dossiers-ready').textContent()) ?? '';
    expect(text).toContain('TV-E2E-0777');
    expect(text).toContain('L. T. M.');
    expect(text).not.toContain('Lý Thị Mai');
    await page.screenshot({ path: path.join(SHOTS, 'player-1920x1080-dossiers-ready-live.png') });

    // Handed over: the screens are told, and the code leaves the list, on air or at its next turn (the
    // demo's other ready dossiers keep the slide itself on; hiding an empty or stale list is checked above).
    await push('returned', new Date().toISOString());
    const onAir = async () => {
      if ((await page.getByTestId('now-playing').getAttribute('data-item-id')) !== 'tv-ready') return 'waiting';
      return ((await page.locator('.layer-front [data-testid="dossiers-ready"]').textContent()) ?? '').includes('TV-E2E-0777') ? 'still listed' : 'gone';
    };
    await expect.poll(onAir, { timeout: 20_000, interval: 250 }).toBe('gone');
    expect(problems).toEqual([]);
    await ctx.close();
  }, 90_000);
});
