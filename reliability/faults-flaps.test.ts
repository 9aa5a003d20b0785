import type { Browser } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { until } from '../server/test/fixtures';
import { destroyServer, launchBrowser, publishItems, type RunningServer, runSeededData, startServer } from '../e2e/harness';
import { query, screenTotals } from './data-dir';
import { record } from './figures';
import { faultCount } from './fault-scale';
import { faultRandom } from './fault-seed';
import { type FlakyLink, flakyLink } from './flaky-link';
import { deviceIdOf, openPlayer, textLoop } from './player-page';

const FLAPS = faultCount({ quick: 30, full: 100 });
const ITEM_MS = 2_000;
/** Tiny, so cuts that come back to back fold showings while batches await acks that never come. */
const BOUND = 10;

let server: RunningServer | null = null;
let browser: Browser | null = null;
let link: FlakyLink | null = null;
afterAll(async () => {
  await link?.close();
  await browser?.close();
  if (server) await destroyServer(server);
});

/** How long each cut lasts and how long the line then stays up: replayable from the printed seed. */
const { seed, between } = faultRandom(import.meta.filename);

describe('network flaps', () => {
  it(`loses and doubles nothing over ${FLAPS} cuts of the line, and the player plays on`, async () => {
    server = await startServer({}, undefined, { from: await runSeededData() });
    browser = await launchBrowser();
    link = await flakyLink(server.url);
    const token = server.screenTokens[0] ?? '';
    await publishItems(server.url, 'long-thanh', textLoop('f', 4, ITEM_MS));
    const deviceId = await deviceIdOf(server.url, token);
    // The player reaches the server only through the link: page, API and socket alike.
    const player = await openPlayer(browser, link.url, token, `?queueBound=${BOUND}`);
    await player.play(10_000, 500, 20);

    let reconnected = 0;
    let playedThrough = 0;
    for (let f = 0; f < FLAPS; f++) {
      const before = await player.made();
      link.cut();
      // Whole seconds: at most one showing per step on 2-second items, and half the round trips of 500 ms steps.
      await player.play(between(1, 8) * ITEM_MS, 1_000, 5);
      // The showing's IndexedDB write follows its timer in real time, which a loaded machine may stretch past the step's pause.
      const madeOne = await until(async () => (await player.made()) > before, 3_000).then(
        () => true,
        () => false,
      );
      if (madeOne) playedThrough++;
      link.mend();
      // Back online for a varying while: sometimes long enough to deliver the queue, sometimes cut
      // again mid-flush, with batches on the wire whose acks never come back.
      const deadline = Date.now() + 30_000;
      while (!(await player.isOnline()) && Date.now() < deadline) await player.play(1_000, 1_000, 20);
      if (await player.isOnline()) reconnected++;
      await player.play(between(0, 4) * 500, 500, between(0, 40));
    }

    await player.drain(60_000);
    const made = await player.made();
    const onServer = screenTotals(server.dataDir, deviceId);
    const rowsOnce = query<{ n: number }>(server.dataDir, 'SELECT COUNT(*) - COUNT(DISTINCT id) AS n FROM impressions WHERE device_id = ?', deviceId)[0]?.n ?? -1;
    const showing = await player.nowPlaying();
    await player.play(ITEM_MS * 2, 500, 20);
    const stillPlaying = (await player.nowPlaying()) !== showing;

    record(import.meta.filename, {
      area: 'Faults',
      check: `${FLAPS} network flaps under a playing, reporting player`,
      tried: FLAPS,
      passed: Math.min(reconnected, playedThrough),
      lost: Math.max(0, made - onServer.rolledUp),
      duplicates: Math.max(0, onServer.rolledUp - made) + rowsOnce,
      note: `real player in Chromium (queue bound ${BOUND}), its TCP connections reset and refused for 2–14 s of play each time; reconnected ${reconnected}×, played through ${playedThrough}×; fault seed ${seed}; ${made} showings made, ${player.sentAgain()} of them sent more than once, ${onServer.raw} stored raw + ${onServer.folded} folded, roll-up ${onServer.rolledUp}`,
    });
    expect(reconnected).toBe(FLAPS);
    expect(playedThrough).toBe(FLAPS);
    expect(onServer.rolledUp).toBe(made);
    expect(onServer.raw + onServer.folded).toBe(made);
    expect(rowsOnce).toBe(0);
    expect(stillPlaying).toBe(true);
  }, 600_000);
});
