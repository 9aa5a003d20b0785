import type { BrowserContext, Page } from 'playwright-core';

/**
 * The player judged as painted, not as the DOM says: Chromium's own screencast of the page, every
 * frame's main zone decoded in a blank page as it arrives (the JPEGs of a long run would not fit in
 * memory), and the swaps of the main zone recorded with their wall-clock time. The screencast hands
 * over only some of the frames (about one in five at 60 Hz on a loaded machine), and none while
 * nothing on the page changes.
 */

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}
/** A screencast frame, judged: `at` is when Chromium drew it (ms since the epoch). */
export interface PaintedFrame {
  at: number;
  /** How much picture the main zone holds: see `BLANK_EDGES`. */
  edges: number;
  /** The main zone's luminance, averaged over a coarse grid, to tell whether the picture changed. */
  grid: number[];
}
export interface Swap {
  kind: string;
  from: string;
  at: number;
}

/** Below this share of edges the main zone shows no picture: black, or an empty backdrop. */
export const BLANK_EDGES = 0.002;
/** Frames this close after a swap are judged for a picture (the swap and the frames after it are where black appeared). */
export const AROUND_MS = 600;
/** …and this close before it. */
const BEFORE_MS = 100;

// A string, not a function: the TS loader would wrap inner functions in a helper the page lacks.
const RECORD_SWAPS = `(() => {
  const zone = document.querySelector('[data-testid="now-playing"]');
  window.paintedSwaps = [];
  let last = zone.getAttribute('data-kind');
  new MutationObserver(() => {
    const kind = zone.getAttribute('data-kind');
    window.paintedSwaps.push({ kind, from: last, at: Date.now() });
    last = kind;
  }).observe(zone, { attributes: true, attributeFilter: ['data-item-id'] });
})()`;

/**
 * Per frame, the share of sampled pixels that differ sharply from their neighbour (an edge): a black
 * frame, or a backdrop with nothing painted on it, has almost none; the demo clips and images (titles,
 * boxes, text) have plenty. And a 32 × 18 grid of mean luminance.
 */
const JUDGE = `(async ({ frames, zone }) => {
  const out = [];
  const c = document.createElement('canvas');
  const g = c.getContext('2d', { willReadFrequently: true });
  for (const f of frames) {
    const img = new Image();
    img.src = 'data:image/jpeg;base64,' + f.data;
    await img.decode();
    c.width = img.width; c.height = img.height;
    g.drawImage(img, 0, 0);
    const scale = img.width / zone.viewportWidth;
    const w = Math.round(zone.width * scale), h = Math.round(zone.height * scale);
    const px = g.getImageData(Math.round(zone.x * scale), Math.round(zone.y * scale), w, h).data;
    let edges = 0, n = 0;
    const sum = new Array(32 * 18).fill(0), count = new Array(32 * 18).fill(0);
    for (let y = 0; y < h; y += 5) for (let x = 0; x + 3 < w; x += 5) {
      const i = (y * w + x) * 4, j = i + 12;
      n++;
      if (Math.abs(px[i] - px[j]) + Math.abs(px[i + 1] - px[j + 1]) + Math.abs(px[i + 2] - px[j + 2]) > 90) edges++;
      const cell = Math.floor((y * 18) / h) * 32 + Math.floor((x * 32) / w);
      sum[cell] += 0.299 * px[i] + 0.587 * px[i + 1] + 0.114 * px[i + 2];
      count[cell]++;
    }
    out.push({ at: f.at, edges: edges / n, grid: sum.map((s, k) => (count[k] ? s / count[k] : 0)) });
  }
  return out;
})`;

/** Mean absolute difference of two frames' grids, in luminance levels (0–255). */
export function gridDistance(a: PaintedFrame, b: PaintedFrame): number {
  let d = 0;
  for (let k = 0; k < a.grid.length; k++) d += Math.abs((a.grid[k] ?? 0) - (b.grid[k] ?? 0));
  return d / Math.max(1, a.grid.length);
}

export interface PaintedRecording {
  /** The swaps recorded so far. */
  swaps(): Promise<Swap[]>;
  /** Stops the screencast and returns every frame, judged, with the swaps. */
  stop(): Promise<{ frames: PaintedFrame[]; swaps: Swap[] }>;
}

/**
 * Starts recording `page` (already showing the player, at `viewportWidth` CSS pixels wide): swaps
 * from now on, and the screencast, judged in `decoder` about once a second.
 */
export async function recordPainted(ctx: BrowserContext, page: Page, decoder: Page, viewportWidth: number): Promise<PaintedRecording> {
  const box = await page.getByTestId('now-playing').boundingBox();
  if (!box) throw new Error('no main zone');
  const zone = { ...box, viewportWidth };
  const judged: PaintedFrame[] = [];
  let pending: { data: string; at: number }[] = [];
  let judging = Promise.resolve();
  const judgePending = (): Promise<void> => {
    judging = judging.then(async () => {
      const frames = pending;
      pending = [];
      if (frames.length) judged.push(...((await decoder.evaluate(`${JUDGE}(${JSON.stringify({ frames, zone })})`)) as PaintedFrame[]));
    });
    return judging;
  };
  const cdp = await ctx.newCDPSession(page);
  cdp.on('Page.screencastFrame', (f: { data: string; sessionId: number; metadata: { timestamp?: number } }) => {
    pending.push({ data: f.data, at: (f.metadata.timestamp ?? Date.now() / 1000) * 1000 });
    // A failed ack after stopScreencast is expected: the session no longer wants frames.
    void cdp.send('Page.screencastFrameAck', { sessionId: f.sessionId }).catch(() => undefined);
  });
  await page.evaluate(RECORD_SWAPS);
  await cdp.send('Page.startScreencast', { format: 'jpeg', quality: 70, everyNthFrame: 1 });
  const timer = setInterval(() => void judgePending(), 1000);
  const swaps = async () => (await page.evaluate('window.paintedSwaps')) as Swap[];
  return {
    swaps,
    async stop() {
      clearInterval(timer);
      await cdp.send('Page.stopScreencast');
      await judgePending();
      await cdp.detach();
      return { frames: judged.sort((a, b) => a.at - b.at), swaps: await swaps() };
    },
  };
}

/** Frames from shortly before a swap to `AROUND_MS` after it: where a blank frame would show. */
export function framesAroundSwaps(frames: readonly PaintedFrame[], swaps: readonly Swap[]): PaintedFrame[] {
  return frames.filter((f) => swaps.some((s) => f.at >= s.at - BEFORE_MS && f.at <= s.at + AROUND_MS));
}

/** The frames among `near` whose main zone shows no picture, with the swap they follow. */
export function blankFrames(near: readonly PaintedFrame[], swaps: readonly Swap[]): { at: number; edges: number; swap: Swap | undefined }[] {
  return near.filter((f) => f.edges < BLANK_EDGES).map((f) => ({ at: Math.round(f.at), edges: f.edges, swap: swaps.find((s) => f.at >= s.at - BEFORE_MS && f.at <= s.at + AROUND_MS) }));
}
