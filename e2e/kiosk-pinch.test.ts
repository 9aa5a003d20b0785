import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pairKiosk, useServerAndBrowser } from './harness';

const env = useServerAndBrowser({ beforeAll, afterAll });

/** A touch screen as Chromium emulates a phone or tablet: the only kind that honours pinch-zoom. */
const touchScreen = { viewport: { width: 1080, height: 1920 }, isMobile: true, hasTouch: true };

/**
 * Two fingers spreading apart in the middle of the screen (raw touch points, as a touch screen sends
 * them), or a trackpad's pinch (which Chromium turns into Ctrl+wheel events); then the visual
 * viewport's scale, 1 when nothing zoomed.
 */
async function pinchOut(page: Page, by: 'fingers' | 'trackpad'): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  if (by === 'trackpad') await cdp.send('Input.synthesizePinchGesture', { x: 540, y: 900, scaleFactor: 2.5, gestureSourceType: 'mouse' });
  else {
    const fingers = (spread: number) => [
      { id: 1, x: 500 - spread, y: 900 - spread },
      { id: 2, x: 580 + spread, y: 900 + spread },
    ];
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: fingers(0) });
    for (let step = 1; step <= 10; step++) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: fingers(step * 30) });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  }
  // The gesture's last frames land after the call returns.
  await page.waitForTimeout(300);
  return page.evaluate(() => window.visualViewport?.scale ?? 1);
}

/**
 * The hall kiosk takes pinch-zoom away with CSS (touch-action) and script, not with the viewport's
 * user-scalable=no (see kiosk/src/lockdown.ts). The same pinch on the phone survey, where zoom is the
 * citizen's own, shows that the gesture does zoom a page that allows it.
 */
describe('pinch-zoom on the kiosk', () => {
  it('does not zoom the hall kiosk, home screen or search', async () => {
    const page = await (await env.browser().newContext(touchScreen)).newPage();
    await page.goto((await pairKiosk(env.server().url, 'long-thanh')).url);
    await page.getByTestId('tile-search').waitFor();
    expect(await page.locator('meta[name="viewport"]').getAttribute('content')).not.toContain('user-scalable');
    expect(await pinchOut(page, 'fingers')).toBe(1);
    expect(await pinchOut(page, 'trackpad')).toBe(1);
    await page.getByTestId('tile-search').tap();
    await page.getByTestId('keyboard').waitFor();
    expect(await pinchOut(page, 'fingers')).toBe(1);
    await page.context().close();
  }, 60_000);

  it('still zooms the survey on a citizen’s phone', async () => {
    const page = await (await env.browser().newContext(touchScreen)).newPage();
    await page.goto(`${env.server().url}/kiosk/?survey=1&centre=long-thanh`);
    await page.locator('main.phone').waitFor();
    expect(await pinchOut(page, 'fingers')).toBeGreaterThan(1.5);
    await page.context().close();
  }, 60_000);
});
