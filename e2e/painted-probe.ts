import type { BrowserContext, Page } from 'playwright-core';

/**
 * The player judged as painted, not as the DOM says: Chromium's own screencast of the page, every
 * frame's main zone decoded in a blank page as it arrives (the JPEGs of a long run would not fit in
 * memory), and the swaps of the main zone recorded with their wall-clock time. The screencast hands
 * over only some of the frames (about one in five at 60 Hz on a loaded machine), and none while
 * nothing on the page changes: hence the pacer below.
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
 * A 2 px square that the compositor sweeps to and fro along the top edge of the side column (in the
 * header, outside the main zone), so that the screencast takes every frame Chromium draws. Without it
 * the capturer behind the screencast (viz's FrameSinkVideoCapturer and its sampling oracle) locks onto
 * a playing video, the region damaged at a steady cadence, and turns down every other frame
 * ("FpsRateLimited" in a gpu.capture trace). When a video gives way to a still image that lock held
 * for 0.25–0.4 s after the video's last frame: the image Chromium drew 50–130 ms after the swap
 * reached the screencast only then, and every video → image swap looked frozen (issue 20 §2). The
 * square moving at every frame makes each frame's damaged region differ, so nothing locks. A
 * compositor animation, not a main-thread one, so that a blocked main thread still shows as the frozen
 * picture it is.
 */
const PACER = `(() => {
  if (document.getElementById('painted-pacer')) return;
  const d = document.createElement('div');
  d.id = 'painted-pacer';
  d.setAttribute('aria-hidden', 'true');
  d.style.cssText = 'position:fixed;right:0;top:0;width:2px;height:2px;background:#7f7f7f;z-index:2147483647;pointer-events:none';
  document.body.append(d);
  // The Web Animations API, not a style sheet: the player's CSP forbids inline style elements.
  const sweep = Math.round(innerWidth * 0.2);
  d.animate([{ transform: 'translateX(0)' }, { transform: 'translateX(-' + sweep + 'px)' }], { duration: 997, iterations: Infinity, direction: 'alternate' });
})()`;
const REMOVE_PACER = `document.getElementById('painted-pacer')?.remove()`;

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
  await page.evaluate(PACER);
  // Every other frame, at half the width: with the pacer Chromium draws at 60 Hz, and taking all of
  // them at full size (encoded, sent, judged) starved the player on a 2-core machine (videos still for
  // 2 s in the bench at a load of 2 to 6). A picture's edge share stays above 0.005 at half the width.
  await cdp.send('Page.startScreencast', { format: 'jpeg', quality: 70, everyNthFrame: 2, maxWidth: Math.round(viewportWidth / 2), maxHeight: 4000 });
  // Unref'd: a run that fails before stop() must still let the process end.
  const timer = setInterval(() => void judgePending(), 1000).unref();
  const swaps = async () => (await page.evaluate('window.paintedSwaps')) as Swap[];
  return {
    swaps,
    async stop() {
      clearInterval(timer);
      await cdp.send('Page.stopScreencast');
      await page.evaluate(REMOVE_PACER);
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

/**
 * Two frames further apart than this (mean over the grid) show a different picture: a swap moves it by
 * 10 to 20 levels, a demo clip from one delivered frame to the next by 0.3 at most.
 */
export const CHANGED = 2;
/** The bound on a swap: the new picture must be painted within it (see `swapChangeDelays`). */
export const SWAP_PAINTED_WITHIN_MS = 150;
/** A playing video whose picture stays the same for longer than this has stopped advancing. */
export const VIDEO_STILL_MS = 500;

/** The largest difference of one grid cell between two frames: a playing clip moves some cell by 2 to 25 levels; an unchanged picture re-encodes to the same JPEG, 0. */
function gridMaxDifference(a: PaintedFrame, b: PaintedFrame): number {
  let d = 0;
  for (let k = 0; k < a.grid.length; k++) d = Math.max(d, Math.abs((a.grid[k] ?? 0) - (b.grid[k] ?? 0)));
  return d;
}

/**
 * How long after each swap (its DOM change) the main zone first shows a picture other than the
 * outgoing one, the last frame painted before the swap: until then the screen is frozen on the old
 * item. Swaps with no frame before them, or none after, are left out. A zone that never changed before
 * the next swap counts the whole item.
 */
export function swapChangeDelays(frames: readonly PaintedFrame[], swaps: readonly Swap[]): { swap: Swap; delay: number }[] {
  return swaps.flatMap((swap, i) => {
    const prev = frames.findLast((f) => f.at < swap.at);
    const end = swaps[i + 1]?.at ?? Infinity;
    const last = frames.findLast((f) => f.at < end);
    if (!prev || !last || last.at < swap.at) return [];
    const changed = frames.find((f) => f.at >= swap.at && f.at < end && gridDistance(f, prev) > CHANGED);
    return [{ swap, delay: (changed?.at ?? Math.min(end, last.at)) - swap.at }];
  });
}

/**
 * The longest stretch during each video item (between its swap and the next) in which the main zone's
 * picture did not move at all. The screencast sends no frame while nothing on the page changes, so a
 * gap between frames counts as still too. Items cut off by the end of the recording are left out.
 */
export function videoStills(frames: readonly PaintedFrame[], swaps: readonly Swap[]): { swap: Swap; longest: number }[] {
  return swaps.flatMap((swap, i) => {
    const end = swaps[i + 1]?.at;
    if (swap.kind !== 'video' || end === undefined) return [];
    const during = frames.filter((f) => f.at >= swap.at && f.at < end);
    let moved = swap.at;
    let longest = 0;
    for (let k = 1; k < during.length; k++) {
      const [a, b] = [during[k - 1], during[k]];
      if (!a || !b || gridMaxDifference(a, b) <= 1) continue;
      longest = Math.max(longest, b.at - moved);
      moved = b.at;
    }
    return [{ swap, longest: Math.max(longest, end - moved) }];
  });
}
