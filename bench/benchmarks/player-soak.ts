import type { CDPSession, Page } from 'playwright-core';
import { adminSession, destroyServer, launchBrowser, publishItems, startServer } from '../../e2e/harness';
import type { BenchResult, Row } from '../lib/report';

const TRANSITIONS = Number(process.env.BENCH_TRANSITIONS ?? 10_000);
const WARM_UP = 200;
const ITEM_MS = 2_000;
const NOW = '[data-testid="now-playing"]';

interface Footprint {
  heapMb: number;
  nodes: number;
  listeners: number;
}

async function footprint(cdp: CDPSession): Promise<Footprint> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const { nodes, jsEventListeners } = await cdp.send('Memory.getDOMCounters');
  return { heapMb: usedSize / 2 ** 20, nodes, listeners: jsEventListeners };
}

/**
 * One reading per item of a whole cycle: each renderer has its own node count, and which item is
 * being prepared behind the visible one changes it too, so a single reading is not comparable.
 */
async function cycleFootprint(page: Page, cdp: CDPSession, length: number): Promise<Map<string, Footprint>> {
  const out = new Map<string, Footprint>();
  for (let i = 0; i < 2 * length && out.size < length; i++) {
    await play(page, 1);
    const id = (await page.getAttribute(NOW, 'data-item-id')) ?? '';
    if (!out.has(id)) out.set(id, await footprint(cdp));
  }
  return out;
}

/**
 * Plays `n` items on a fake clock: each item's two seconds pass in a few milliseconds, with a real
 * pause in the middle so the next item can decode as it would while the current one plays.
 */
async function play(page: Page, n: number): Promise<number> {
  let shown = 0;
  let current = await page.getAttribute(NOW, 'data-item-id');
  for (let i = 0; i < n; i++) {
    await page.clock.runFor(ITEM_MS / 2);
    await page.waitForTimeout(2);
    await page.clock.runFor(ITEM_MS / 2);
    const next = await page.getAttribute(NOW, 'data-item-id');
    if (next !== current) shown++;
    current = next;
  }
  return shown;
}

/** Soak: ten thousand transitions through every non-video renderer; memory and DOM must stay flat. */
export async function runPlayerSoak(): Promise<BenchResult> {
  const server = await startServer();
  const browser = await launchBrowser();
  const rows: Row[] = [];
  try {
    const admin = await adminSession(server.url);
    const images = (await admin.call<{ items: { id: string; kind: string }[] }>('GET', '/api/media')).items.filter((m) => m.kind === 'image');
    const base = { durationMs: ITEM_MS };
    const items = [
      ...images.slice(0, 2).map((m, i) => ({ ...base, id: `s-img${i}`, kind: 'image', title: `Ảnh ${i}`, mediaId: m.id })),
      { ...base, id: 's-text', kind: 'text', title: 'Tin', heading: 'Giờ làm việc', body: 'Thứ Hai đến Thứ Sáu, sáng 7:30–11:30, chiều 13:30–17:00.' },
      { ...base, id: 's-qr', kind: 'qr', title: 'Cổng DVC', url: 'https://dichvucong.gov.vn', caption: 'Nộp hồ sơ trực tuyến' },
      { ...base, id: 's-proc', kind: 'procedure', title: 'Khai sinh', procedureCode: '1.001193' },
      { ...base, id: 's-tick', kind: 'ticker', title: 'Ticker', text: 'Đường dây nóng 1022' },
    ];
    await publishItems(server.url, 'long-thanh', items);

    const page = await (await browser.newContext({ viewport: { width: 1280, height: 720 } })).newPage();
    await page.clock.install();
    await page.goto(`${server.url}/display/#token=${server.screenTokens[0]}`);
    await page.waitForSelector(`${NOW}[data-item-id^="s-"]`, { timeout: 20_000 });
    const cdp = await page.context().newCDPSession(page);

    await play(page, WARM_UP);
    const mainItems = items.filter((i) => i.kind !== 'ticker').length;
    const start = await cycleFootprint(page, cdp, mainItems);
    const started = Date.now();
    let shown = await play(page, TRANSITIONS / 2);
    const middle = await cycleFootprint(page, cdp, mainItems);
    shown += await play(page, TRANSITIONS / 2);
    const seconds = (Date.now() - started) / 1000;
    const end = await cycleFootprint(page, cdp, mainItems);
    const top = (m: Map<string, Footprint>, k: keyof Footprint) => Math.max(...[...m.values()].map((f) => f[k]));
    const heapGrowth = top(end, 'heapMb') - top(start, 'heapMb');
    // A leak grows with every transition: 5,000 of them would add far more than a renderer's jitter.
    const trend = (k: 'nodes' | 'listeners') => top(end, k) - top(middle, k);
    const series = (k: 'nodes' | 'listeners') => `${top(start, k)} → ${top(middle, k)} → ${top(end, k)}`;
    rows.push(
      { metric: `transitions shown (of ${TRANSITIONS} item ends, ${seconds.toFixed(0)} s wall time)`, value: String(shown), goal: '≥ 99 %', met: shown >= TRANSITIONS * 0.99 },
      {
        metric: 'JS heap after GC, highest of a cycle: start → middle → end',
        value: `${top(start, 'heapMb').toFixed(2)} → ${top(middle, 'heapMb').toFixed(2)} → ${top(end, 'heapMb').toFixed(2)} MB`,
        info: 'the goal is on the growth below',
      },
      { metric: 'JS heap growth, start → end', value: `${heapGrowth.toFixed(2)} MB`, goal: '≤ 5 MB', met: heapGrowth <= 5 },
      { metric: 'DOM nodes, highest of a cycle: start → middle → end', value: series('nodes'), goal: 'no growth (middle → end ≤ 5)', met: trend('nodes') <= 5 },
      { metric: 'JS event listeners, highest of a cycle: start → middle → end', value: series('listeners'), goal: 'no growth (middle → end ≤ 5)', met: trend('listeners') <= 5 },
    );
  } finally {
    await browser.close();
    await destroyServer(server);
  }
  return {
    title: 'TV player soak (issue 4)',
    notes: `Debian Chromium (headless) against the real server, on Playwright's fake clock so ${TRANSITIONS.toLocaleString('en')} two-second items (images, text, QR, procedure spotlight, with a ticker) pass in minutes; heap and DOM counters read through the DevTools protocol after a forced GC, after a ${WARM_UP}-item warm-up. Proof of play, heartbeats and flushes run on the same clock. Each item gets only milliseconds of real time to prepare, so a few swaps land an item late (they wait for the next one to be ready, by design): hence ≥ 99 % rather than every one. Counters are read once per item over a whole cycle (each renderer, and the item being prepared behind it, has its own count) after the warm-up, in the middle and at the end; a leak shows as growth from the middle to the end, where 5,000 transitions would add far more than a renderer's few nodes of jitter.`,
    rows,
  };
}
