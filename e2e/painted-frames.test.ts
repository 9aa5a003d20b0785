import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminSession, openPage, publishItems, useServerAndBrowser } from './harness';
import { AROUND_MS, blankFrames, framesAroundSwaps, recordPainted } from './painted-probe';

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
    const decoder = await (await env.browser().newContext()).newPage();
    const recording = await recordPainted(ctx, page, decoder, 1280);
    // Until the frames after the last swap judged are in: a longer recording judges nothing more.
    const deadline = Date.now() + RUN_MS;
    while (Date.now() < deadline && (await recording.swaps()).filter((s) => s.from === 'image' && s.kind === 'video').length < IMAGE_TO_VIDEO) await page.waitForTimeout(200);
    await page.waitForTimeout(AROUND_MS + 200);
    const { frames, swaps } = await recording.stop();

    const imageToVideo = swaps.filter((s) => s.from === 'image' && s.kind === 'video');
    expect(imageToVideo.length).toBeGreaterThanOrEqual(IMAGE_TO_VIDEO);
    const near = framesAroundSwaps(frames, swaps);
    // Enough frames around each swap to see one black frame if there were one.
    expect(near.length).toBeGreaterThan(swaps.length * 3);

    const blank = blankFrames(near, swaps);
    const least = Math.min(...near.map((f) => f.edges));
    console.log(
      `painted frames: ${near.length} judged around ${swaps.length} swaps (${imageToVideo.length} image → video), ${blank.length} without a picture in the main zone (least edge share ${least.toFixed(4)})`,
    );
    expect(blank).toEqual([]);
    // What covers the cause, checked where the pixels show it only now and then: Chromium hands the
    // compositor the frames of a <video> prepared out of sight only once it is drawn, after the swap; a
    // still of its first frame lies under it. Every other item here is a video, in one layer or the other.
    expect(await page.evaluate(`[...document.querySelectorAll('.media-video canvas')].some((c) => c.width > 0)`)).toBe(true);
    expect(problems).toEqual([]);
    await decoder.context().close();
    await ctx.close();
  }, 90_000);
});
