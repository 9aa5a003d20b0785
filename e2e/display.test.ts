import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminSession, openConsole, openPage, PUSH_WITHIN_MS, useServerAndBrowser, waitForText } from './harness';

interface PlaylistDto {
  id: string;
  name: string;
  centreId: string;
  revision: number;
  target: unknown;
  items: { id: string }[];
}

// Fresh: the first test is about the first start's banner, which a server over seeded data never prints.
const env = useServerAndBrowser({ beforeAll, afterAll }, { fresh: true });

const NOW_PLAYING = '[data-testid="now-playing"]';

describe('waiting-room player against the real server', () => {
  it('prints the URLs, the admin account and two demo screens on first start', () => {
    expect(env.server().banner).toContain('/display/');
    expect(env.server().banner).toContain('/kiosk/');
    expect(env.server().banner).toContain('/console/');
    expect(env.server().banner).toMatch(/admin \//);
    expect(env.server().screenTokens).toHaveLength(2);
  });

  it('plays the demo playlist and switches to a new publish as it is pushed', async () => {
    const ctx = await env.browser().newContext({ viewport: { width: 1280, height: 720 } });
    const { page, problems } = await openPage(ctx, `${env.server().url}/display/#token=${env.server().screenTokens[0]}`);
    await page.waitForSelector(`${NOW_PLAYING}[data-playlist-version="1"]`, { timeout: 20_000 });

    const admin = await adminSession(env.server().url);
    const { items } = await admin.call<{ items: PlaylistDto[] }>('GET', '/api/playlists');
    const p = items.find((x) => x.centreId === 'long-thanh');
    if (!p) throw new Error('demo playlist for long-thanh missing');
    const slide = { id: 'e2e-news', kind: 'text', title: 'Tin mới', durationMs: 30_000, heading: 'Thông báo mới', body: 'Từ ngày 01/12 tiếp nhận hồ sơ cả sáng Thứ Bảy.' };
    await admin.call('PUT', `/api/playlists/${p.id}`, { name: p.name, centreId: p.centreId, target: p.target, items: [slide, ...p.items], baseRevision: p.revision });

    const started = Date.now();
    await admin.call('POST', `/api/playlists/${p.id}/publish`);
    await page.waitForSelector(`${NOW_PLAYING}[data-playlist-version="2"][data-item-id="e2e-news"]`, { timeout: PUSH_WITHIN_MS });
    expect(Date.now() - started).toBeLessThan(PUSH_WITHIN_MS);
    expect(await page.textContent(NOW_PLAYING)).toContain('Thông báo mới');

    // The player acknowledged the version, so the server knows what this screen shows.
    const deadline = Date.now() + 5_000;
    let playing: unknown = null;
    while (Date.now() < deadline) {
      const { items: devices } = await admin.call<{ items: { kind: string; centreId: string; playing: { version: number } | null }[] }>('GET', '/api/devices');
      // The screen, not the demo kiosk of the same centre.
      playing = devices.find((d) => d.kind === 'screen' && d.centreId === 'long-thanh')?.playing ?? null;
      if ((playing as { version?: number } | null)?.version === 2) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(playing).toMatchObject({ playlistId: p.id, version: 2 });
    expect(problems).toEqual([]);
    await ctx.close();
  });

  it('pairs a new screen by its code and starts playing', async () => {
    const ctx = await env.browser().newContext({ viewport: { width: 1080, height: 1920 } });
    await ctx.clock.install();
    const { page, problems } = await openPage(ctx, `${env.server().url}/display/`);
    const code = (await waitForText(page, 'pairing-code', /\d{3}\D*\d{3}/)).replace(/\D/g, '');
    expect(code).toMatch(/^\d{6}$/);
    const admin = await adminSession(env.server().url);
    await admin.call('POST', '/api/pairings/approve', { code, name: 'Màn hình e2e', centreId: 'loc-tan', group: null });
    // The screen asks every 2 s whether it was approved (Pairing.tsx): its clock is moved to the next ask.
    await page.clock.runFor(2_000);
    await page.waitForSelector(`${NOW_PLAYING}[data-playlist-version="1"]`, { timeout: 10_000 });
    // Portrait leaves the header narrow: the date still on one line beside the clock.
    const date = await page.locator('.clock .date').evaluate((el) => ({ h: el.getBoundingClientRect().height, size: parseFloat(getComputedStyle(el).fontSize) }));
    expect(date.h).toBeLessThan(date.size * 1.5);
    // The token survives a reload: the screen does not ask to be paired again.
    await page.reload();
    await page.waitForSelector(NOW_PLAYING, { timeout: 10_000 });
    expect(await page.getByTestId('pairing-code').count()).toBe(0);
    expect(problems).toEqual([]);
    await ctx.close();
  });

  it('sends a screenshot of its current frame when the console asks', async () => {
    const ctx = await env.browser().newContext({ viewport: { width: 1280, height: 720 } });
    const { page, problems } = await openPage(ctx, `${env.server().url}/display/#token=${env.server().screenTokens[1]}`);
    await page.waitForSelector(NOW_PLAYING, { timeout: 20_000 });

    // Staff press the button on the tablet; the thumbnail appears in the screen's row.
    const tablet = await env.browser().newContext({ viewport: { width: 768, height: 1024 } });
    const { page: console_, problems: consoleProblems } = await openConsole(tablet, env.server().url);
    await console_.getByTestId('tab-devices').click();
    await console_.getByTestId('device-screenshot').first().click();
    const thumb = console_.getByTestId('device-thumb');
    await thumb.waitFor();
    // A function, not a string: the console's CSP refuses the eval a string predicate needs when it is polled.
    await console_.waitForFunction(() => (document.querySelector('[data-testid="device-thumb"]') as HTMLImageElement | null)?.naturalWidth === 480);
    expect(consoleProblems).toEqual([]);
    await tablet.close();

    const admin = await adminSession(env.server().url);
    const { items: devices } = await admin.call<{ items: { id: string; kind: string; centreId: string; online: boolean }[] }>('GET', '/api/devices');
    const screen = devices.find((d) => d.kind === 'screen' && d.centreId === 'loc-tan' && d.online);
    if (!screen) throw new Error('the second demo screen is not online');
    const url = `/api/devices/${screen.id}/screenshot`;
    const jpeg = await fetch(`${env.server().url}${url}`, { headers: { Cookie: admin.cookie } });
    expect(jpeg.headers.get('content-type')).toBe('image/jpeg');
    const dataUrl = `data:image/jpeg;base64,${Buffer.from(await jpeg.arrayBuffer()).toString('base64')}`;
    // Decoded in the browser: a 480-px-wide frame with the layout drawn in it, not one flat colour.
    const shot = (await page.evaluate(`new Promise((resolve) => {
      const img = new Image();
      img.onload = () => {
        const c = document.createElement('canvas');
        c.width = img.width; c.height = img.height;
        const g = c.getContext('2d'); g.drawImage(img, 0, 0);
        const px = g.getImageData(0, 0, c.width, c.height).data;
        const colours = new Set();
        for (let i = 0; i < px.length; i += 4 * 97) colours.add((px[i] >> 4) + ',' + (px[i + 1] >> 4) + ',' + (px[i + 2] >> 4));
        resolve({ width: img.width, height: img.height, colours: colours.size });
      };
      img.src = ${JSON.stringify(dataUrl)};
    })`)) as { width: number; height: number; colours: number };
    expect(shot.width).toBe(480);
    expect(shot.height).toBe(270);
    expect(shot.colours).toBeGreaterThan(20);
    expect(problems).toEqual([]);
    await ctx.close();
  });
});
