/**
 * Screenshots of every kind of TV slide at the real sizes (1920×1080 and 1080×1920), including the
 * catalogue's hardest procedures, into screenshots/player/ (ignored by git): `npm run screenshots:player`.
 * Draws through the slide lab (/display/lab.html) of a real server started on a fresh data directory.
 */
import { mkdirSync } from 'node:fs';
import type { Procedure } from '@hcc/shared/schemas/procedure';
import { adminSession, destroyServer, launchBrowser, startServer } from '../e2e/harness';
import { catalogue, openSlideLab } from '../e2e/slide-lab';

const OUT = new URL('../screenshots/player/', import.meta.url);
const base = (id: string) => ({ id, title: id, durationMs: 10_000 });

/** The procedures most likely to break a layout: longest name, longest agency, most channels, most fee text. */
function hardest(all: Procedure[]): [string, Procedure][] {
  const top = (score: (p: Procedure) => number) => all.reduce((a, b) => (score(b) > score(a) ? b : a));
  const fees = (p: Procedure) => p.channels.reduce((n, c) => n + (c.fee?.length ?? 0), 0);
  const birth = all.find((p) => /khai sinh/i.test(p.name)) ?? all[0];
  return [
    ['procedure-birth', birth as Procedure],
    ['procedure-longest-name', top((p) => p.name.length)],
    ['procedure-longest-agency', top((p) => p.agency?.length ?? 0)],
    ['procedure-most-channels', top((p) => p.channels.length)],
    ['procedure-most-fee-text', top(fees)],
  ];
}

const server = await startServer();
const browser = await launchBrowser();
try {
  mkdirSync(OUT, { recursive: true });
  const admin = await adminSession(server.url);
  const media = (await admin.call<{ items: { id: string; kind: string }[] }>('GET', '/api/media')).items;
  const long = (n: number) => 'Từ ngày 01/12/2026 Trung tâm tiếp nhận hồ sơ đăng ký khai sinh, kết hôn cả sáng Thứ Bảy. '.repeat(30).slice(0, n);
  const shots: [string, unknown, Procedure?][] = [
    ...hardest(catalogue()).map(([name, p]): [string, unknown, Procedure] => [name, { ...base(name), kind: 'procedure', procedureCode: p.code }, p]),
    ['text', { ...base('text'), kind: 'text', heading: 'Lịch làm việc', body: 'Sáng: 7 giờ 30 – 11 giờ 30\nChiều: 13 giờ 30 – 17 giờ\nThứ Bảy: tiếp nhận hồ sơ buổi sáng' }],
    ['text-longest', { ...base('text-longest'), kind: 'text', heading: long(200), body: long(2000) }],
    ['qr-longest', { ...base('qr'), kind: 'qr', url: 'https://dichvucong.gov.vn/p/home/dvc-trang-chu.html', caption: long(200) }],
    ['emergency', { ...base('emergency'), kind: 'emergency', text: long(500), severity: 'danger' }],
    ['survey', { ...base('survey'), kind: 'survey_results' }],
    ...media
      .slice(0, 3)
      .map((m, i): [string, unknown] => [
        `${m.kind}-${i}`,
        { ...base(`m${i}`), kind: m.kind, mediaId: m.id, caption: i === 0 ? long(300) : 'Nộp hồ sơ trực tuyến tại nhà: nhanh, không phải xếp hàng' },
      ]),
  ];
  for (const [w, h] of [
    [1920, 1080],
    [1080, 1920],
  ] as const) {
    const page = await openSlideLab(browser, server.url, { width: w, height: h });
    for (const [name, item, procedure] of shots) {
      const shown = (await page.evaluate(`window.hccLab.show(${JSON.stringify(item)}, ${JSON.stringify(procedure)})`)) as { ok: boolean; error?: string };
      if (!shown.ok) console.warn(`${name}: ${shown.error}`);
      await page.waitForFunction('[...document.images].every((i) => i.complete)');
      await page.waitForTimeout(250);
      await page.screenshot({ path: new URL(`${name}-${w}x${h}.png`, OUT).pathname });
    }
    await page.context().close();
  }
  console.log(`screenshots in ${OUT.pathname}`);
} finally {
  await browser.close();
  await destroyServer(server);
}
