import path from 'node:path';
import Database from 'better-sqlite3';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminSession, openPage, publishItems, PUSH_WITHIN_MS, useServerAndBrowser } from './harness';

const env = useServerAndBrowser({ beforeAll, afterAll });

const NOW = '[data-testid="now-playing"]';
const storedImpressions = () => {
  const db = new Database(path.join(env.server().dataDir, 'hcc.sqlite'), { readonly: true });
  try {
    return (db.prepare('SELECT COUNT(*) AS n FROM impressions').get() as { n: number }).n;
  } finally {
    db.close();
  }
};
/** The player's own IndexedDB queue, read from the page as a person debugging it would. */
const queued = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const req = indexedDB.open('hcc-player');
        req.onsuccess = () => {
          const c = req.result.transaction('impressions').objectStore('impressions').count();
          c.onsuccess = () => resolve(c.result);
          c.onerror = () => reject(c.error);
        };
        req.onerror = () => reject(req.error);
      }),
  );
const until = async (check: () => Promise<boolean> | boolean, ms: number, what: string) => {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 150));
  }
};

/**
 * The player sends its queued showings every 15 s (display/src/player/device-session.ts). A test that
 * waits for a flush runs the page's clock through one instead, firing every timer on the way, so the
 * loop's showings keep their true lengths.
 */
const FLUSH_MS = 15_000;

/**
 * The demo's `screen`th TV opened by its link, shown `ready`, then reloaded once so its service worker controls the page:
 * what a restart with the server unreachable needs.
 */
async function openUnderServiceWorker(screen: number, ready: string) {
  const ctx = await env.browser().newContext({ viewport: { width: 1280, height: 720 } });
  const { page } = await openPage(ctx, `${env.server().url}/display/#token=${env.server().screenTokens[screen]}`);
  await page.waitForSelector(ready, { timeout: 20_000 });
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 10_000 });
  return { ctx, page };
}

/** Publish a quick loop of three 2-second text slides to xã Long Thành. */
function publishQuickLoop() {
  const slide = (id: string) => ({ id, kind: 'text', title: id, durationMs: 2_000, heading: `Tin ${id}`, body: '' });
  return publishItems(env.server().url, 'long-thanh', [slide('q1'), slide('q2'), slide('q3')]);
}

describe('player resilience against the real server', () => {
  it('shows an emergency on every connected player as it is pushed, and clears it', async () => {
    const pages = await Promise.all(
      env.server().screenTokens.map(async (token) => (await openPage(await env.browser().newContext({ viewport: { width: 1280, height: 720 } }), `${env.server().url}/display/#token=${token}`)).page),
    );
    for (const p of pages) await p.waitForSelector(`${NOW}[data-playlist-version]:not([data-playlist-version=""])`, { timeout: 20_000 });
    const admin = await adminSession(env.server().url);
    const started = Date.now();
    const e = await admin.call<{ id: string }>('POST', '/api/emergencies', { text: 'Tạm dừng tiếp nhận hồ sơ 15 phút', durationMinutes: 15 });
    await Promise.all(pages.map((p) => p.getByTestId('emergency').waitFor({ timeout: PUSH_WITHIN_MS })));
    expect(Date.now() - started).toBeLessThan(PUSH_WITHIN_MS);
    expect(await pages[0]?.getByTestId('emergency').textContent()).toContain('Tạm dừng tiếp nhận hồ sơ');
    await admin.call('DELETE', `/api/emergencies/${e.id}`);
    await Promise.all(pages.map((p) => p.getByTestId('emergency').waitFor({ state: 'detached', timeout: 1_000 })));
    await Promise.all(pages.map((p) => p.context().close()));
  });

  it('keeps playing with the server down, queues proof of play, and delivers it once when the server is back', async () => {
    const version = await publishQuickLoop();
    const ctx = await env.browser().newContext({ viewport: { width: 1280, height: 720 } });
    await ctx.clock.install();
    const { page } = await openPage(ctx, `${env.server().url}/display/#token=${env.server().screenTokens[0]}`);
    await page.waitForSelector(`${NOW}[data-playlist-version="${version}"]`, { timeout: 20_000 });
    // Let a first batch reach the server, so the queue starts empty.
    await page.clock.runFor(FLUSH_MS);
    await until(async () => (await queued(page)) === 0 && storedImpressions() > 0, 30_000, 'the first flush');
    const before = storedImpressions();

    await env.server().stop();
    // Seven seconds down, on the page's clock: the loop's showings end and queue as they would in real time.
    const seen = new Set<string>();
    for (let s = 0; s < 7; s++) {
      await page.clock.runFor(1_000);
      seen.add((await page.getAttribute(NOW, 'data-item-id')) ?? '');
    }
    expect(seen.size).toBeGreaterThanOrEqual(3); // the loop went on
    const k = await queued(page);
    expect(k).toBeGreaterThanOrEqual(2);

    const pageNow = () => page.evaluate(() => Date.now());
    const restartAt = await pageNow();
    await env.server().start();
    // The player reconnects after its back-off (up to 10 s) and flushes then: the clock runs through the back-off.
    const drained = async () => {
      if ((await queued(page)) === 0) return true;
      await page.clock.runFor(1_000);
      return false;
    };
    await until(drained, 30_000, 'the queue to drain');
    const delivered = storedImpressions() - before;
    // Every queued showing arrived, and only once: at most the showings that ended since k was read came on top.
    const endedSince = Math.ceil(((await pageNow()) - restartAt) / 2_000) + 1;
    expect(delivered).toBeGreaterThanOrEqual(k);
    expect(delivered).toBeLessThanOrEqual(k + endedSince);
    await page.context().close();
    // Flushes run every 15 s and reconnects back off up to 10 s: under a loaded machine a minute is tight.
  }, 120_000);

  it('plays the cached playlist on a cold start with the server unreachable', async () => {
    const { ctx, page } = await openUnderServiceWorker(1, `${NOW}[data-playlist-version]:not([data-playlist-version=""])`);
    await until(async () => (await page.evaluate(async () => (await (await caches.open('hcc-media')).keys()).length)) >= 6, 20_000, 'media to be cached');

    await env.server().stop();
    try {
      const started = Date.now();
      await page.reload();
      await page.waitForSelector(`${NOW}[data-playlist-version]:not([data-playlist-version=""])`, { timeout: 10_000 });
      expect(Date.now() - started).toBeLessThan(10_000);
      expect(await page.getByTestId('pairing-code').count()).toBe(0);
    } finally {
      await env.server().start();
      await ctx.close();
    }
  });

  it('enrolled by link, still records its showings after a restart with the server unreachable, and delivers them', async () => {
    const version = await publishQuickLoop();
    const { ctx, page } = await openUnderServiceWorker(0, `${NOW}[data-playlist-version="${version}"]`);
    await page.waitForSelector(`${NOW}[data-playlist-version="${version}"]`, { timeout: 20_000 });

    await env.server().stop();
    try {
      // Cold start with no bootstrap: the screen knows only what it kept from earlier runs.
      await page.reload();
      await page.waitForSelector(`${NOW}[data-playlist-version="${version}"]`, { timeout: 10_000 });
      const before = await queued(page);
      // Two-second slides: a few of them end within the wait.
      await until(async () => (await queued(page)) >= before + 2, 15_000, 'showings queued after the offline restart');
    } finally {
      await env.server().start();
    }
    await until(async () => (await queued(page)) === 0, 45_000, 'the queue to drain');
    await ctx.close();
  }, 120_000);

  it('shows the active emergency message again after a restart with the server unreachable', async () => {
    const { ctx, page } = await openUnderServiceWorker(1, `${NOW}[data-playlist-version]:not([data-playlist-version=""])`);
    const admin = await adminSession(env.server().url);
    const e = await admin.call<{ id: string }>('POST', '/api/emergencies', { text: 'Mất điện: tạm ngừng tiếp nhận hồ sơ', durationMinutes: 30 });
    await page.getByTestId('emergency').waitFor({ timeout: PUSH_WITHIN_MS });

    await env.server().stop();
    try {
      await page.reload();
      await page.waitForSelector(`${NOW}[data-playlist-version]:not([data-playlist-version=""])`, { timeout: 10_000 });
      await page.getByTestId('emergency').waitFor({ timeout: 5_000 });
      expect(await page.getByTestId('emergency').textContent()).toContain('tạm ngừng tiếp nhận');
    } finally {
      await env.server().start();
    }
    // Cleared: the server's list replaces the kept one once the player reaches it again.
    await (await adminSession(env.server().url)).call('DELETE', `/api/emergencies/${e.id}`);
    await page.getByTestId('emergency').waitFor({ state: 'detached', timeout: 30_000 });
    await ctx.close();
  }, 120_000);

  it('behind a proxy that blocks WebSocket, posts its showings and heartbeats over HTTP and is counted present', async () => {
    const version = await publishQuickLoop();
    const before = storedImpressions();
    const ctx = await env.browser().newContext({ viewport: { width: 1280, height: 720 } });
    // Every WebSocket is refused at once, as by a proxy that does not pass the upgrade.
    await ctx.routeWebSocket(/socket\.io/, (ws) => ws.close());
    await ctx.clock.install();
    const { page } = await openPage(ctx, `${env.server().url}/display/#token=${env.server().screenTokens[0]}`);
    await page.waitForSelector(`${NOW}[data-playlist-version="${version}"]`, { timeout: 20_000 });
    // At the next flush its showings reach the server over HTTP, and so does the screen's presence.
    await page.clock.runFor(FLUSH_MS);
    await until(() => storedImpressions() > before, 45_000, 'showings posted over HTTP');
    const db = new Database(path.join(env.server().dataDir, 'hcc.sqlite'), { readonly: true });
    try {
      const spans = db.prepare("SELECT node_id, connected_at, disconnected_at FROM device_sessions WHERE node_id LIKE 'http:%'").all() as { connected_at: string; disconnected_at: string }[];
      expect(spans.length).toBeGreaterThan(0);
      expect(spans.every((x) => x.disconnected_at > x.connected_at)).toBe(true);
    } finally {
      db.close();
    }
    await ctx.close();
  });
});
