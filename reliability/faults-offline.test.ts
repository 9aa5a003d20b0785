import { afterAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { destroyServer, launchBrowser, publishItems, type RunningServer, runSeededData, startServer } from '../e2e/harness';
import { screenTotals } from './data-dir';
import { faultCount } from './fault-scale';
import { record } from './figures';
import { deviceIdOf, openPlayer, textLoop } from './player-page';

const HOUR = 3_600_000;
/** Hours offline: a full day for the report; a third of one in `npm test`, which still folds thousands of showings past the bound. */
const HOURS = faultCount({ quick: 8, full: 24 });
const ITEM_MS = 10_000;
/** Small, so hours offline fold thousands of showings; the player takes it from ?queueBound= (Screen.tsx). */
const BOUND = 200;
/** The queue's send batch (impression-queue.ts): a batch awaiting its ack is never folded, so it may sit on top of the bound. */
const BATCH = 100;

let server: RunningServer | null = null;
let browser: Browser | null = null;
afterAll(async () => {
  await browser?.close();
  if (server) await destroyServer(server);
});

describe(`a player offline for ${HOURS} hours`, () => {
  it('keeps playing with a bounded queue, folds what does not fit into counted summaries, and the server ends up with every showing once', async () => {
    server = await startServer({}, undefined, { from: await runSeededData() });
    browser = await launchBrowser();
    const token = server.screenTokens[0] ?? '';
    await publishItems(server.url, 'long-thanh', textLoop('d', 3, ITEM_MS));
    const deviceId = await deviceIdOf(server.url, token);
    const player = await openPlayer(browser, server.url, token, `?queueBound=${BOUND}`);
    await player.play(30_000);
    await player.settle();

    await server.stop();
    let largest = 0;
    let slowHours = 0;
    for (let h = 0; h < HOURS; h++) {
      const before = await player.made();
      await player.play(HOUR, HOUR / 4, 0);
      largest = Math.max(largest, await player.settle());
      // An hour of 10-second items is 360 showings; a few may straddle the hour's edges.
      if ((await player.made()) - before < (HOUR / ITEM_MS) * 0.97) slowHours++;
    }
    const offline = await player.queue();

    // The hours passed on the player's fake clock only: the server comes back as much later too, or it would
    // refuse the showings as dated in its future.
    await server.start({ CLOCK_OFFSET_MS: String((HOURS + 1) * HOUR) });
    await player.drain(90_000);
    const made = await player.made();
    const onServer = screenTotals(server.dataDir, deviceId);
    const showing = await player.nowPlaying();
    await player.play(ITEM_MS * 2);
    const stillPlaying = (await player.nowPlaying()) !== showing;

    record(import.meta.filename, {
      area: 'Faults',
      check: `player offline for ${HOURS} h of simulated time, queue bound ${BOUND}`,
      tried: made,
      passed: Math.min(made, onServer.rolledUp),
      lost: Math.max(0, made - onServer.rolledUp),
      duplicates: Math.max(0, onServer.rolledUp - made),
      note: `real player in Chromium on a fake clock, ${ITEM_MS / 1000}-second items; queue at most ${largest} raw records (bound ${BOUND} + batch ${BATCH}), ${offline.summaries} summaries after ${HOURS} h; server: ${onServer.raw} raw + ${onServer.folded} folded in ${onServer.summaries} summaries = ${onServer.rolledUp} showings, ${made} made`,
    });
    expect(slowHours).toBe(0);
    expect(largest).toBeLessThanOrEqual(BOUND + BATCH);
    expect(offline.raw).toBeLessThanOrEqual(BOUND);
    // All but what the bound keeps raw is folded: over five sixths of the showings made offline (20 h of a day).
    expect(onServer.folded).toBeGreaterThan(((HOURS * 5) / 6) * (HOUR / ITEM_MS));
    expect(onServer.raw + onServer.folded).toBe(made);
    expect(onServer.rolledUp).toBe(made);
    expect(stillPlaying).toBe(true);
  }, 300_000);
});
