import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminSession, openPage, publishItems, useServerAndBrowser } from './harness';
import { AROUND_MS, blankFrames, framesAroundSwaps, recordPainted, SWAP_PAINTED_WITHIN_MS, swapChangeDelays } from './painted-probe';

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
/** After a video → image swap, the screencast must hand over frames all through this long… */
const BLIND_WINDOW_MS = 400;
/**
 * …with no stretch longer than this without one (the median over the swaps). Without the pacer the
 * stretch was 300–400 ms at every such swap, at a load of 1 as of 20; with it, 50–100 ms at a load of
 * 4, and medians of 133–183 ms at 8 to 20 on 2 cores, where the capture itself starves now and then.
 */
const BLIND_MS = 250;
/** Swaps spoiled on purpose at the end, to show the probe sees a frozen and a blank main zone. */
const SPOILED = 6;
/** How long a spoiled swap keeps the old picture (main thread blocked) or shows none (front layer hidden). */
const SPOIL_MS = 400;
/**
 * How far apart the probe's and the spoiler's clocks may read one swap: both observers run in one microtask
 * checkpoint, but on a fresh clone's run with both cores busy (7 Dec 2026) a pause between them put two of seven
 * more than 5 ms apart. Items last ITEM_MS, so a tenth of a second still names one swap only.
 */
const SAME_SWAP_MS = 100;
/** One frame at 60 Hz. */
const FRAME_MS = 17;

/**
 * Spoils the swaps from now on: away from a still picture, blocks the main thread for SPOIL_MS right
 * after the DOM swap (the screen keeps the outgoing picture: frozen); away from a video, hides both
 * layers for SPOIL_MS (the main zone shows its bare background: blank; hiding only the one taken for the
 * front once left a picture, on a fresh clone's CI run under load). A blocked main thread
 * freezes only a still picture: an outgoing video's frames keep coming from the compositor, so its
 * picture changes anyway (a "frozen" swap from a video once measured 135 ms, under the bound).
 * Registered after the probe's own observer, so the swap's time is taken before the block.
 */
const SPOIL = `(() => {
  const zone = document.querySelector('[data-testid="now-playing"]');
  window.paintedSpoiled = [];
  let last = zone.getAttribute('data-kind');
  new MutationObserver(() => {
    const how = last === 'video' ? 'blank' : 'frozen';
    last = zone.getAttribute('data-kind');
    window.paintedSpoiled.push({ how, at: Date.now() });
    if (how === 'blank') for (const layer of zone.querySelectorAll('.layer')) layer.animate([{ visibility: 'hidden' }, { visibility: 'hidden' }], { duration: ${SPOIL_MS} });
    else for (const until = performance.now() + ${SPOIL_MS}; performance.now() < until; );
  }).observe(zone, { attributes: true, attributeFilter: ['data-item-id'] });
})()`;
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
    // The probe must be able to fail: a few swaps spoiled on purpose, recorded by the same screencast.
    const spoiledFrom = (await page.evaluate(`${SPOIL}, Date.now()`)) as number;
    while (((await page.evaluate('window.paintedSpoiled.length')) as number) < SPOILED + 1) await page.waitForTimeout(200);
    const spoiled = (await page.evaluate('window.paintedSpoiled')) as { how: 'frozen' | 'blank'; at: number }[];
    const { frames: all, swaps: allSwaps } = await recording.stop();
    const frames = all.filter((f) => f.at < spoiledFrom);
    const swaps = allSwaps.filter((s) => s.at < spoiledFrom);

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
    // The probe sees what follows a video → image swap: before the pacer (see the probe) the screencast
    // went blind there for 0.25–0.4 s, and every such swap looked frozen though Chromium had drawn the
    // image in 50–130 ms. How soon the picture changes is the bench's figure; here, that frames keep coming.
    const delays = swapChangeDelays(frames, swaps);
    console.log(`swap to a changed picture: ${delays.map((d) => `${d.swap.from}→${d.swap.kind} ${Math.round(d.delay)}`).join(', ')} ms`);
    const blind = swaps
      .filter((s) => s.from === 'video' && s.kind === 'image')
      .map((s) => {
        const times = [s.at, ...frames.filter((f) => f.at > s.at && f.at <= s.at + BLIND_WINDOW_MS).map((f) => f.at), s.at + BLIND_WINDOW_MS];
        return Math.max(...times.slice(1).map((t, k) => t - (times[k] ?? t)));
      });
    console.log(`longest stretch without a screencast frame in the ${BLIND_WINDOW_MS} ms after each video → image swap: ${blind.map(Math.round).join(', ')} ms`);
    expect(blind.length).toBeGreaterThanOrEqual(IMAGE_TO_VIDEO - 1);
    // The median: on a loaded machine the capture itself now and then pauses for a few frames.
    expect(blind.sort((a, b) => a - b)[Math.floor(blind.length / 2)]).toBeLessThanOrEqual(BLIND_MS);

    // The spoiled swaps (the first, at the moment the spoiler started, may be missed): each frozen one
    // shows the outgoing picture past SWAP_PAINTED_WITHIN_MS, each blank one a frame with no picture.
    const spoiledSwaps = spoiled.flatMap((x) => allSwaps.filter((s) => Math.abs(s.at - x.at) <= SAME_SWAP_MS).map((swap) => ({ how: x.how, swap })));
    expect(spoiledSwaps.length, `spoiled at ${spoiled.map((x) => x.at).join(', ')}; swaps at ${allSwaps.map((x) => x.at).join(', ')}`).toBeGreaterThanOrEqual(SPOILED);
    const spoiledDelays = swapChangeDelays(all, allSwaps);
    const spoiledBlank = blankFrames(framesAroundSwaps(all, allSwaps), allSwaps);
    // A blank one is judged where the screencast handed over a frame well inside its hidden stretch: away from a
    // video the capture may go blind for as long as the spoil lasts on a loaded machine (a fresh clone's run, with
    // two other processes busy, 7 Dec 2026), and a stretch with no frame shows nothing either way. At least one must be.
    const framed = (swap: (typeof allSwaps)[number]) => all.some((f) => f.at > swap.at + 2 * FRAME_MS && f.at < swap.at + SPOIL_MS - 2 * FRAME_MS);
    const judgedBlank = spoiledSwaps.filter(({ how, swap }) => how === 'blank' && framed(swap));
    expect(judgedBlank.length).toBeGreaterThan(0);
    for (const { how, swap } of spoiledSwaps) {
      if (how === 'frozen') expect(spoiledDelays.find((d) => d.swap === swap)?.delay, `frozen swap at ${swap.at}`).toBeGreaterThan(SWAP_PAINTED_WITHIN_MS);
    }
    for (const { swap } of judgedBlank) expect(spoiledBlank.filter((b) => b.swap === swap).length, `blank swap at ${swap.at}`).toBeGreaterThan(0);
    // What covers the cause, checked where the pixels show it only now and then: Chromium hands the
    // compositor the frames of a <video> prepared out of sight only once it is drawn, after the swap; a
    // still of its first frame lies under it. Every other item here is a video, in one layer or the other.
    expect(await page.evaluate(`[...document.querySelectorAll('.media-video canvas')].some((c) => c.width > 0)`)).toBe(true);
    expect(problems).toEqual([]);
    await decoder.context().close();
    await ctx.close();
  }, 120_000);
});
