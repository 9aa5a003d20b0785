import { randomBytes } from 'node:crypto';
import { readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Device } from '@hcc/shared/schemas/device';
import type { Browser } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { adminSession, destroyServer, launchBrowser, openConsole, publishItems, type RunningServer, runSeededData, startServer } from '../e2e/harness';
import { query, screenTotals } from './data-dir';
import { record } from './figures';
import { deviceIdOf, openPlayer } from './player-page';

const ITEM_MS = 2_000;

let server: RunningServer | null = null;
let browser: Browser | null = null;
afterAll(async () => {
  await browser?.close();
  if (server) await destroyServer(server);
});

describe('corrupt media', () => {
  it('skips a file that does not decode, goes on to the next item, and reports it as failed and on the screen wall', async () => {
    server = await startServer({}, undefined, { from: await runSeededData() });
    browser = await launchBrowser();
    const admin = await adminSession(server.url);
    const media = (await admin.call<{ items: { id: string; kind: string; name: string }[] }>('GET', '/api/media')).items;
    const seeded = (name: string) => {
      const m = media.find((x) => x.name === name);
      if (!m) throw new Error(`no seeded ${name}`);
      return m.id;
    };
    const file = (id: string) => path.join(server?.dataDir ?? '', 'media', id);

    // Three ways a file goes bad: bytes that never were an image (the server sniffs the magic number
    // only), a file replaced with garbage on disk, and one cut short on disk.
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...randomBytes(4_096)])], { type: 'image/png' }), 'hong.png');
    const garbage = ((await (await fetch(`${server.url}/api/media`, { method: 'POST', headers: { Cookie: admin.cookie }, body: form })).json()) as { id: string }).id;
    const replaced = seeded('chuyen-doi-so.jpg');
    writeFileSync(file(replaced), randomBytes(statSync(file(replaced)).size));
    const truncated = seeded('niem-yet-cong-khai.png');
    truncateSync(file(truncated), 200);
    expect(readFileSync(file(truncated)).length).toBe(200);
    const good = seeded('nguoi-dan-la-trung-tam.jpg');

    const image = (id: string, mediaId: string) => ({ id, kind: 'image', title: id, durationMs: ITEM_MS, mediaId, caption: '' });
    const text = (id: string) => ({ id, kind: 'text', title: id, durationMs: ITEM_MS, heading: id, body: '' });
    const broken = ['bad-upload', 'bad-replaced', 'bad-truncated'];
    await publishItems(server.url, 'long-thanh', [
      text('t1'),
      image('bad-upload', garbage),
      text('t2'),
      image('bad-replaced', replaced),
      image('good', good),
      text('t3'),
      image('bad-truncated', truncated),
    ]);
    const token = server.screenTokens[0] ?? '';
    const deviceId = await deviceIdOf(server.url, token);
    const player = await openPlayer(browser, server.url, token);

    // Small steps, with real time for each image to load and decode before the next is due.
    const shown: string[] = [];
    for (let i = 0; i < 160; i++) {
      await player.play(250, 250, 25);
      const now = (await player.nowPlaying()) ?? '';
      if (now && shown.at(-1) !== now) shown.push(now);
    }
    // One full turn of what plays, in order, after the first item.
    const turn = shown.slice(shown.indexOf('t1'), shown.indexOf('t1') + 4);
    const failed = () =>
      query<{ item_id: string }>(server?.dataDir ?? '', "SELECT DISTINCT item_id FROM impressions WHERE device_id = ? AND reason = 'failed' ORDER BY item_id", deviceId).map((r) => r.item_id);
    const onWall = async () => (await admin.call<{ items: Device[] }>('GET', '/api/devices')).items.find((d) => d.id === deviceId)?.heartbeat?.failedItemIds ?? [];
    // Impressions go out on the next flush (15 s) and the heartbeat every 30 s, both on the page's clock.
    const deadline = Date.now() + 30_000;
    while ((failed().length < broken.length || (await onWall()).length < broken.length) && Date.now() < deadline) await player.play(5_000, 1_000, 50);
    const reported = failed();
    const wall = [...(await onWall())].sort();
    // Every showing, failed ones included, reaches the server once. A file that does not decode fails in
    // real time, with the page's clock stopped: a showing can be made just after a drain (26 made, 25 on
    // the server, in CI), so drain again until the server holds what the player made. A loss stays a loss
    // through every round; a duplicate ends the rounds at once.
    let made = 0;
    let onServer = screenTotals(server.dataDir, deviceId);
    for (let round = 0; round < 3; round++) {
      await player.drain(round ? 30_000 : Math.max(0, deadline - Date.now()) + 30_000, 50);
      made = await player.made();
      onServer = screenTotals(server.dataDir, deviceId);
      if (onServer.raw + onServer.folded >= made) break;
    }
    // Failed showings are kept in the raw log as evidence but never counted as shown.
    const failedShowings = query<{ n: number }>(server.dataDir, "SELECT COUNT(*) AS n FROM impressions WHERE device_id = ? AND reason = 'failed'", deviceId)[0]?.n ?? 0;

    const { page: console_ } = await openConsole(await browser.newContext(), server.url);
    await console_.getByTestId('tab-devices').click();
    const flagged = (await console_.locator(`[data-testid="device-row"][data-id="${deviceId}"] [data-testid="device-failed-items"]`).textContent({ timeout: 10_000 })) ?? '';

    const handled = broken.filter((id) => !shown.includes(id) && reported.includes(id) && wall.includes(id) && flagged.includes(id)).length;
    record(import.meta.filename, {
      area: 'Faults',
      check: 'corrupt media files in a playing loop',
      tried: broken.length,
      passed: handled,
      lost: Math.max(0, made - onServer.raw - onServer.folded),
      duplicates: Math.max(0, onServer.raw + onServer.folded - made),
      note: `real player in Chromium: an upload that does not decode, a file replaced with garbage on disk, a file cut to 200 bytes; each skipped (the loop went ${turn.join(' → ')}), reported as a failed impression and flagged on the console's screen wall; ${made} showings made and stored, ${failedShowings} of them failed and not counted, ${onServer.rolledUp} counted`,
    });
    expect(turn).toEqual(['t1', 't2', 'good', 't3']);
    expect(shown.filter((id) => broken.includes(id))).toEqual([]);
    expect(reported).toEqual([...broken].sort());
    expect(wall).toEqual([...broken].sort());
    expect(handled).toBe(broken.length);
    expect(onServer.raw + onServer.folded).toBe(made);
    expect(failedShowings).toBeGreaterThan(0);
    expect(onServer.rolledUp).toBe(made - failedShowings);
  }, 180_000);
});
