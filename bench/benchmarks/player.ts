import type { Page } from 'playwright-core';
import { bundleSizes } from '../../e2e/bundle-sizes';
import { adminSession, destroyServer, launchBrowser, publishItems, type RunningServer, startServer } from '../../e2e/harness';
import {
  AROUND_MS,
  BLANK_EDGES,
  blankFrames,
  CHANGED,
  framesAroundSwaps,
  type PaintedFrame,
  recordPainted,
  SWAP_PAINTED_WITHIN_MS,
  type Swap,
  swapChangeDelays,
  VIDEO_STILL_MS,
  videoStills,
} from '../../e2e/painted-probe';
import type { BenchResult, Row } from '../lib/report';
import { percentile } from '../lib/stats';

const TRANSITIONS = Number(process.env.BENCH_TRANSITIONS ?? 200);
const ITEM_MS = 2_000;
const FRAME_MS = 1000 / 60;

/**
 * Records, from inside the page, when each new item is first painted and whether any frame showed a
 * front layer with nothing decoded in it (a blank frame).
 */
// A string, not a function: the TS loader would wrap named inner functions in a helper the page lacks.
const INSTRUMENT = `(() => {
  const w = window;
  w.swaps = [];
  w.blank = 0;
  w.frames = 0;
  const zone = document.querySelector('[data-testid="now-playing"]');
  if (!zone) throw new Error('player not running');
  new MutationObserver(() => {
    const id = zone.getAttribute('data-item-id') || '';
    const kind = zone.getAttribute('data-kind') || '';
    if (w.swaps.length && w.swaps[w.swaps.length - 1].id === id) return;
    requestAnimationFrame((t) => w.swaps.push({ id, kind, t }));
  }).observe(zone, { attributes: true, attributeFilter: ['data-item-id'] });
  const check = () => {
    w.frames += 1;
    const front = zone.querySelector('.layer-front');
    const video = front && front.querySelector('video');
    const img = front && front.querySelector('img.media');
    if ((video && video.readyState < 2) || (img && !(img.complete && img.naturalWidth > 0))) w.blank += 1;
    requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
})()`;

async function measureGaps(
  server: RunningServer,
  page: Page,
  decoder: Page,
): Promise<{ gaps: number[]; byPair: Map<string, number[]>; blank: number; frames: number; painted: { frames: PaintedFrame[]; swaps: Swap[] } }> {
  const admin = await adminSession(server.url);
  const media = (await admin.call<{ items: { id: string; kind: 'video' | 'image' }[] }>('GET', '/api/media')).items;
  const videos = media.filter((m) => m.kind === 'video');
  const images = media.filter((m) => m.kind === 'image');
  // video→video, video→image, image→video in turn.
  const pattern = [videos[0], videos[1], images[0], videos[2], videos[0], images[1]].filter((m): m is { id: string; kind: 'video' | 'image' } => !!m);
  const items = pattern.map((m, i) => ({ id: `g${i}`, kind: m.kind, title: `g${i}`, durationMs: ITEM_MS, mediaId: m.id }));
  await publishItems(server.url, 'long-thanh', items);
  await page.waitForSelector('[data-testid="now-playing"][data-item-id^="g"]', { timeout: 20_000 });
  await page.evaluate(INSTRUMENT);
  const recording = await recordPainted(page.context(), page, decoder, page.viewportSize()?.width ?? 1280);
  await page.waitForFunction((n) => (window as unknown as { swaps: unknown[] }).swaps.length > n, TRANSITIONS, { timeout: (TRANSITIONS + 20) * ITEM_MS * 2, polling: 1000 });
  const painted = await recording.stop();
  const { swaps, blank, frames } = (await page.evaluate('({ swaps: window.swaps, blank: window.blank, frames: window.frames })')) as {
    swaps: { id: string; kind: string; t: number }[];
    blank: number;
    frames: number;
  };
  const gaps: number[] = [];
  const byPair = new Map<string, number[]>();
  for (let i = 1; i < swaps.length; i++) {
    const prev = swaps[i - 1];
    const cur = swaps[i];
    if (!prev || !cur) continue;
    // How much later than its scheduled end the outgoing item was replaced on screen.
    const gap = Math.max(0, cur.t - prev.t - ITEM_MS);
    gaps.push(gap);
    const pair = `${prev.kind}→${cur.kind}`;
    byPair.set(pair, [...(byPair.get(pair) ?? []), gap]);
  }
  return { gaps, byPair, blank, frames, painted };
}

async function measureColdStart(server: RunningServer, page: Page): Promise<number[]> {
  // The worker may have activated after the last load; one more reload puts the page under it.
  await page.evaluate('navigator.serviceWorker.ready.then(() => true)');
  if (!(await page.evaluate('navigator.serviceWorker.controller !== null'))) await page.reload();
  await page.waitForFunction('navigator.serviceWorker.controller !== null', null, { timeout: 20_000 });
  await server.stop();
  const times: number[] = [];
  try {
    for (let i = 0; i < 5; i++) {
      const started = Date.now();
      await page.reload();
      await page.waitForSelector('[data-testid="now-playing"][data-playlist-version]:not([data-playlist-version=""])', { timeout: 20_000 });
      times.push(Date.now() - started);
    }
  } finally {
    await server.start();
  }
  return times;
}

/** The same transitions judged as painted, from the screencast (e2e/painted-probe). */
function paintedRows(frames: PaintedFrame[], swaps: Swap[]): Row[] {
  const near = framesAroundSwaps(frames, swaps);
  const blank = blankFrames(near, swaps);
  const delays = swapChangeDelays(frames, swaps);
  const frozen = delays.filter((d) => d.delay > SWAP_PAINTED_WITHIN_MS);
  const byPair = new Map<string, number[]>();
  for (const d of delays) byPair.set(`${d.swap.from}→${d.swap.kind}`, [...(byPair.get(`${d.swap.from}→${d.swap.kind}`) ?? []), d.delay]);
  const stills = videoStills(frames, swaps);
  const stalled = stills.filter((s) => s.longest > VIDEO_STILL_MS);
  const seconds = ((frames.at(-1)?.at ?? 0) - (frames[0]?.at ?? 0)) / 1000;
  return [
    {
      metric: 'painted frames around transitions with no picture in the main zone (black or bare backdrop)',
      value: `${blank.length} of ${near.length} frames (${swaps.length} transitions)`,
      goal: '0',
      met: blank.length === 0,
    },
    {
      metric: `transitions frozen: the main zone still shows the outgoing picture ${SWAP_PAINTED_WITHIN_MS} ms after the swap`,
      value: `${frozen.length} of ${delays.length}`,
      goal: '0',
      met: frozen.length === 0,
    },
    ...[...byPair].map(([pair, d]) => ({
      metric: `swap to a changed picture, ${pair} (${d.length}): median / p95 / max`,
      value: `${percentile(d, 50).toFixed(0)} / ${percentile(d, 95).toFixed(0)} / ${Math.max(...d).toFixed(0)} ms`,
      info: 'breakdown of the frozen transitions above by kind of swap',
    })),
    {
      metric: `video items whose picture stops moving for over ${VIDEO_STILL_MS} ms`,
      value: `${stalled.length} of ${stills.length} (longest still ${Math.max(0, ...stills.map((s) => s.longest)).toFixed(0)} ms)`,
      goal: '0',
      met: stalled.length === 0,
    },
    {
      metric: 'screencast frames judged',
      value: `${frames.length} in ${seconds.toFixed(0)} s (${(frames.length / Math.max(1, seconds)).toFixed(1)} a second of 60)`,
      info: 'Chromium hands over only some frames, and none while nothing changes: what the painted rows above could see',
    },
  ];
}

/** The TV player in Chromium against the real server: gaps between items, offline cold start, bundle size. */
export async function runPlayer(): Promise<BenchResult> {
  const server = await startServer();
  const browser = await launchBrowser();
  const rows: Row[] = [];
  try {
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 720 } })).newPage();
    await page.goto(`${server.url}/display/#token=${server.screenTokens[0]}`);
    await page.waitForSelector('[data-testid="now-playing"][data-playlist-version="1"]', { timeout: 20_000 });
    await page.reload(); // under the service worker from here on

    const decoder = await (await browser.newContext()).newPage();
    const { gaps, byPair, blank, frames, painted } = await measureGaps(server, page, decoder);
    const med = percentile(gaps, 50);
    const p95 = percentile(gaps, 95);
    rows.push(
      { metric: `item-to-item gap over ${gaps.length} transitions: median`, value: `${med.toFixed(1)} ms`, goal: `≤ 1 frame (${FRAME_MS.toFixed(1)} ms)`, met: med <= FRAME_MS },
      { metric: 'item-to-item gap: p95', value: `${p95.toFixed(1)} ms`, goal: '≤ 50 ms', met: p95 <= 50 },
      ...[...byPair].map(([pair, g]) => ({
        metric: `gap ${pair} (${g.length}): median / p95`,
        value: `${percentile(g, 50).toFixed(1)} / ${percentile(g, 95).toFixed(1)} ms`,
        info: 'breakdown of the gap above by kind of swap',
      })),
      { metric: 'frames with an undecoded front layer', value: `${blank} of ${frames}`, goal: '0', met: blank === 0 },
      ...paintedRows(painted.frames, painted.swaps),
    );
    const cold = await measureColdStart(server, page);
    const coldMed = percentile(cold, 50);
    rows.push({ metric: 'offline cold start to first item (5 reloads): median / max', value: `${coldMed} / ${Math.max(...cold)} ms`, goal: '≤ 1 s', met: coldMed <= 1000 });
  } finally {
    await browser.close();
    await destroyServer(server);
  }
  // The same measure and budgets as e2e/bundle-budget.test.ts, which enforces them in `npm test`.
  for (const { app, countedKb, budgetKb } of bundleSizes().filter((s) => s.app !== 'kiosk')) {
    const metric =
      app === 'player' ? 'player JS a TV precaches, gzipped (fonts, media and the on-demand dossier slides excluded)' : 'staff console JS of the first screen (entry and its static imports), gzipped';
    rows.push({ metric, value: `${countedKb} KB`, goal: `≤ ${budgetKb} KB`, met: countedKb <= budgetKb });
  }
  return {
    title: 'TV player in Chromium (issue 4)',
    notes: `Debian Chromium (headless) via playwright-core against the real server; a loop of ${ITEM_MS / 1000}-second video and image items taken from the demo media. The gap is how much later than its scheduled end each item was replaced on screen, from requestAnimationFrame after the swap; blank frames are frames whose front layer had no decoded video frame or image. The painted rows judge Chromium's screencast of the same run (e2e/painted-probe.ts), recorded throughout, which adds its own CPU load to the gaps above: frames from 100 ms before to ${AROUND_MS} ms after each swap whose main zone has almost no edges (under ${BLANK_EDGES * 100} % of sampled pixels) show no picture; a transition is frozen when the main zone still shows the outgoing picture (mean luminance change under ${CHANGED} levels on a 32 × 18 grid from the last frame before the swap) ${SWAP_PAINTED_WITHIN_MS} ms after the swap's DOM change, a bound of a few frames since the screencast delivers only some of them (about one in four here; the probe's pacer, a 2 px square swept in the header, keeps the capture from locking onto a playing video and missing what follows it); a video item is frozen when its picture does not move at all for over ${VIDEO_STILL_MS} ms between its swap and the next.`,
    rows,
  };
}
