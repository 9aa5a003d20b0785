import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminSession, openPage, publishItems, useServerAndBrowser } from './harness';

/**
 * No black frame, as painted: the DOM can say the next item is ready while Chromium still paints
 * the main zone black for a frame (a <video> prepared under opacity 0 did, at every image → video
 * swap; under visibility: hidden, at about one in a hundred on a loaded machine). So this test judges the pixels: Chromium's own screencast of the player, every frame around
 * every swap, decoded and checked for a main zone with no picture in it (black, or the bare backdrop).
 */
const env = useServerAndBrowser({ beforeAll, afterAll });

const ITEM_MS = 2_000;
/** Image → video swaps judged: two loops of the six-item pattern below. */
const IMAGE_TO_VIDEO = 6;
/** The longest the recording runs waiting for them (two loops take 24 s at ITEM_MS). */
const RUN_MS = 30_000;
/** Frames this close to a swap are judged (the swap and the frames after it are where black appeared). */
const AROUND_MS = 600;

interface Frame {
  data: string;
  at: number;
}
interface Swap {
  kind: string;
  from: string;
  at: number;
}

// A string, not a function: the TS loader would wrap inner functions in a helper the page lacks.
const RECORD_SWAPS = `(() => {
  const zone = document.querySelector('[data-testid="now-playing"]');
  window.swaps = [];
  let last = zone.getAttribute('data-kind');
  new MutationObserver(() => {
    const kind = zone.getAttribute('data-kind');
    window.swaps.push({ kind, from: last, at: Date.now() });
    last = kind;
  }).observe(zone, { attributes: true, attributeFilter: ['data-item-id'] });
})()`;

/**
 * How much picture each frame's main zone holds: the share of sampled pixels that differ sharply from
 * their neighbour (an edge). A black frame, or a backdrop with nothing painted on it, has almost none;
 * the demo clips and images (titles, boxes, text) have plenty. Decoded in a blank page.
 */
async function edgeShares(decoder: Page, frames: Frame[], zone: { x: number; y: number; width: number; height: number }, scale: number): Promise<number[]> {
  return (await decoder.evaluate(`(async ({ frames, zone, scale }) => {
    const out = [];
    const c = document.createElement('canvas');
    const g = c.getContext('2d', { willReadFrequently: true });
    for (const f of frames) {
      const img = new Image();
      img.src = 'data:image/jpeg;base64,' + f.data;
      await img.decode();
      c.width = img.width; c.height = img.height;
      g.drawImage(img, 0, 0);
      const w = Math.round(zone.width * scale), h = Math.round(zone.height * scale);
      const px = g.getImageData(Math.round(zone.x * scale), Math.round(zone.y * scale), w, h).data;
      let edges = 0, n = 0;
      for (let y = 0; y < h; y += 5) for (let x = 0; x + 3 < w; x += 5) {
        const i = (y * w + x) * 4, j = i + 12;
        n++;
        if (Math.abs(px[i] - px[j]) + Math.abs(px[i + 1] - px[j + 1]) + Math.abs(px[i + 2] - px[j + 2]) > 90) edges++;
      }
      out.push(edges / n);
    }
    return out;
  })(${JSON.stringify({ frames, zone, scale })})`)) as number[];
}

/** Below this share of edges the main zone shows no picture: black, or an empty backdrop. */
const BLANK_EDGES = 0.002;

describe('the player as painted', () => {
  it('paints a picture in the main zone at every frame around image → video swaps (and the others)', async () => {
    const admin = await adminSession(env.server().url);
    const media = (await admin.call<{ items: { id: string; kind: 'video' | 'image' }[] }>('GET', '/api/media')).items;
    const videos = media.filter((m) => m.kind === 'video');
    const images = media.filter((m) => m.kind === 'image');
    expect(videos.length).toBeGreaterThan(1);
    expect(images.length).toBeGreaterThan(0);
    // Image → video at every other swap (video → image in between).
    const pattern = [images[0], videos[0], images[1] ?? images[0], videos[1], images[0], videos[2] ?? videos[0]];
    const items = pattern.map((m, i) => ({ id: `pf${i}`, kind: m?.kind, title: `pf${i}`, durationMs: ITEM_MS, mediaId: m?.id }));

    const ctx = await env.browser().newContext({ viewport: { width: 1280, height: 720 } });
    const { page, problems } = await openPage(ctx, `${env.server().url}/display/#token=${env.server().screenTokens[0]}`);
    await page.waitForSelector('[data-testid="now-playing"][data-playlist-version]:not([data-playlist-version=""])', { timeout: 20_000 });
    await publishItems(env.server().url, 'long-thanh', items);
    await page.waitForSelector('[data-testid="now-playing"][data-item-id^="pf"]', { timeout: 20_000 });
    const zone = await page.getByTestId('now-playing').boundingBox();
    if (!zone) throw new Error('no main zone');

    const frames: Frame[] = [];
    const cdp = await ctx.newCDPSession(page);
    cdp.on('Page.screencastFrame', (f: { data: string; sessionId: number; metadata: { timestamp?: number } }) => {
      frames.push({ data: f.data, at: (f.metadata.timestamp ?? Date.now() / 1000) * 1000 });
      void cdp.send('Page.screencastFrameAck', { sessionId: f.sessionId }).catch(() => undefined);
    });
    await page.evaluate(RECORD_SWAPS);
    await cdp.send('Page.startScreencast', { format: 'jpeg', quality: 70, everyNthFrame: 1 });
    // Until the frames after the last swap judged are in: a longer recording judges nothing more.
    const deadline = Date.now() + RUN_MS;
    while (Date.now() < deadline && ((await page.evaluate(`window.swaps.filter((s) => s.from === 'image' && s.kind === 'video').length`)) as number) < IMAGE_TO_VIDEO) await page.waitForTimeout(200);
    await page.waitForTimeout(AROUND_MS + 200);
    await cdp.send('Page.stopScreencast');
    const swaps = (await page.evaluate('window.swaps')) as Swap[];

    const imageToVideo = swaps.filter((s) => s.from === 'image' && s.kind === 'video');
    expect(imageToVideo.length).toBeGreaterThanOrEqual(IMAGE_TO_VIDEO);
    const near = frames.filter((f) => swaps.some((s) => f.at >= s.at - 100 && f.at <= s.at + AROUND_MS));
    // Enough frames around each swap to see one black frame if there were one.
    expect(near.length).toBeGreaterThan(swaps.length * 3);

    const decoder = await (await env.browser().newContext()).newPage();
    const first = near[0];
    const width = first ? ((await decoder.evaluate(`(async () => { const i = new Image(); i.src = 'data:image/jpeg;base64,${first.data}'; await i.decode(); return i.width; })()`)) as number) : 1280;
    const shares = await edgeShares(decoder, near, zone, width / 1280);
    const blank = near.flatMap((f, i) => ((shares[i] ?? 1) < BLANK_EDGES ? [{ at: Math.round(f.at), edges: shares[i], swap: swaps.find((s) => f.at >= s.at - 100 && f.at <= s.at + AROUND_MS) }] : []));
    const least = Math.min(...shares);
    console.log(
      `painted frames: ${near.length} judged around ${swaps.length} swaps (${imageToVideo.length} image → video), ${blank.length} without a picture in the main zone (least edge share ${least.toFixed(4)})`,
    );
    expect(blank).toEqual([]);
    // The cause, checked where the pixels show it only now and then: Chromium stops handing the
    // compositor the frames of a <video> that is not drawn and starts again once it is drawn, after
    // the swap. The layer being prepared is drawn, under the front one.
    expect(await page.evaluate(`(() => { const s = getComputedStyle(document.querySelector('.layer-back')); return [s.visibility, s.opacity]; })()`)).toEqual(['visible', '1']);
    expect(problems).toEqual([]);
    await decoder.context().close();
    await ctx.close();
  }, 90_000);
});
