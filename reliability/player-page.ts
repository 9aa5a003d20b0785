import { DeviceBootstrapSchema } from '@hcc/shared/schemas/bootstrap';
import type { Browser, Page } from 'playwright-core';

const NOW = '[data-testid="now-playing"]';
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * The real TV player in Chromium on Playwright's fake clock, so hours of play pass in seconds. Every
 * showing the player makes is counted as it is written to its IndexedDB queue (a wrapper around
 * IDBObjectStore.put, installed before the player loads): that count is what the server must end up
 * with, raw or folded, no more and no less.
 */
export interface PlayerPage {
  page: Page;
  /** Distinct showings the player has queued since it was opened. */
  made(): Promise<number>;
  /** Showings and summaries the player put on the wire more than once (a cut took the batch or its ack). */
  sentAgain(): number;
  /** Raw records and summaries in the player's queue now. */
  queue(): Promise<{ raw: number; summaries: number }>;
  nowPlaying(): Promise<string | null>;
  isOnline(): Promise<boolean>;
  /** Advances the page's clock in steps, with a little real time after each for its IndexedDB and network work. */
  play(ms: number, stepMs?: number, realMs?: number): Promise<void>;
  /** Waits (in real time, clock stopped) until the player has written everything it made; returns the largest queue seen meanwhile. */
  settle(): Promise<number>;
  /**
   * Plays on, a second of clock at a time with `realMs` of real time after each, until the player is
   * online, has written everything it made and its queue is empty: all it made is then on the server.
   * The queue is judged after a settle, never while a showing is still on its way into it.
   */
  drain(timeoutMs: number, realMs?: number): Promise<void>;
}

export async function openPlayer(browser: Browser, baseUrl: string, token: string, query = ''): Promise<PlayerPage> {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  await ctx.addInitScript(() => {
    const ids = new Set<string>();
    Object.defineProperty(window, '__madeShowings', { value: ids });
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, value: unknown, key?: IDBValidKey) {
      const id = (value as { id?: unknown } | null)?.id;
      if (this.name === 'impressions' && typeof id === 'string') ids.add(id);
      return key === undefined ? put.call(this, value) : put.call(this, value, key);
    };
  });
  const page = await ctx.newPage();
  const sends = new Map<string, number>();
  page.on('websocket', (ws) =>
    ws.on('framesent', ({ payload }) => {
      const text = String(payload);
      if (!/^42\d*\["impression:(batch|summary)"/.test(text)) return;
      const [, body] = JSON.parse(text.slice(text.indexOf('['))) as [string, { impressions?: { id: string }[]; summaries?: { id: string }[] }];
      for (const { id } of body.impressions ?? body.summaries ?? []) sends.set(id, (sends.get(id) ?? 0) + 1);
    }),
  );
  await page.clock.install();
  await page.goto(`${baseUrl}/display/${query}#token=${token}`);
  await page.waitForSelector(`${NOW}[data-playlist-version]:not([data-playlist-version=""])`, { timeout: 20_000 });
  const made = () => page.evaluate(() => (window as unknown as { __madeShowings: Set<string> }).__madeShowings.size);
  const queue = () =>
    page.evaluate(
      () =>
        new Promise<{ raw: number; summaries: number }>((resolve, reject) => {
          const req = indexedDB.open('hcc-player');
          req.onsuccess = () => {
            const tx = req.result.transaction(['impressions', 'summaries']);
            const [raw, summaries] = [tx.objectStore('impressions').count(), tx.objectStore('summaries').count()];
            tx.oncomplete = () => resolve({ raw: raw.result, summaries: summaries.result });
            tx.onerror = () => reject(tx.error);
          };
          req.onerror = () => reject(req.error);
        }),
    );
  const isOnline = async () => (await page.locator('.offline-dot').count()) === 0;
  const play = async (ms: number, stepMs = 1_000, realMs = 5) => {
    for (let t = 0; t < ms; t += stepMs) {
      await page.clock.runFor(Math.min(stepMs, ms - t));
      await pause(realMs);
    }
  };
  const settle = async () => {
    let [last, stable, largest] = [-1, 0, 0];
    while (stable < 3) {
      const [n, q] = [await made(), await queue()];
      largest = Math.max(largest, q.raw);
      stable = n === last ? stable + 1 : 0;
      last = n;
      await pause(50);
    }
    return largest;
  };
  const drained = async () => {
    const q = await queue();
    return q.raw + q.summaries === 0 && (await isOnline());
  };
  return {
    page,
    made,
    sentAgain: () => [...sends.values()].filter((n) => n > 1).length,
    queue,
    nowPlaying: () => page.getAttribute(NOW, 'data-item-id'),
    isOnline,
    play,
    settle,
    async drain(timeoutMs, realMs = 200) {
      const deadline = Date.now() + timeoutMs;
      // Settling is slow, so only once the queue looks empty; a showing still on its way in then shows.
      for (;;) {
        if (await drained()) {
          await settle();
          if (await drained()) return;
        }
        if (Date.now() > deadline) throw new Error(`the queue did not drain: ${JSON.stringify(await queue())}`);
        await play(1_000, 1_000, realMs);
      }
    },
  };
}

/** The screen's device id, as its bootstrap names it. */
export async function deviceIdOf(baseUrl: string, token: string): Promise<string> {
  const res = await fetch(`${baseUrl}/api/device/bootstrap`, { headers: { Authorization: `Bearer ${token}` } });
  return DeviceBootstrapSchema.parse(await res.json()).device.id;
}

/** A loop of short text slides for a centre's screens. */
export const textLoop = (prefix: string, n: number, durationMs: number) =>
  Array.from({ length: n }, (_, i) => ({ id: `${prefix}${i + 1}`, kind: 'text', title: `${prefix}${i + 1}`, durationMs, heading: `Tin ${i + 1}`, body: '' }));
