import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminSession, pairKiosk, useServerAndBrowser } from './harness';
import { lighthouseScores } from './lighthouse';

const env = useServerAndBrowser({ beforeAll, afterAll });

/**
 * Lighthouse's accessibility score, which does not depend on the machine's speed. Performance does,
 * so it is a benchmark row (`npm run bench -- lighthouse`), measured on a quiet machine.
 */
describe('Lighthouse accessibility', () => {
  it('scores the signed-in console at least 95 on a portrait tablet', async () => {
    const admin = await adminSession(env.server().url);
    const r = await lighthouseScores(`${env.server().url}/console/`, { width: 768, height: 1024 }, admin.cookie);
    expect(r.accessibility, r.failing.accessibility.join(', ')).toBeGreaterThanOrEqual(95);
  }, 180_000);

  it('scores the console sign-in page at least 95 on a landscape tablet', async () => {
    const r = await lighthouseScores(`${env.server().url}/console/`, { width: 1024, height: 768 });
    expect(r.accessibility, r.failing.accessibility.join(', ')).toBeGreaterThanOrEqual(95);
  }, 180_000);

  it('finds nothing on the kiosk but its deliberate no-zoom viewport', async () => {
    const r = await lighthouseScores((await pairKiosk(env.server().url, 'long-thanh')).url, { width: 1080, height: 1920 });
    // The kiosk keeps user-scalable=no (a pinch on a public touch screen strands the next person in
    // a zoomed page) and offers its own text-size control; Lighthouse counts that one audit against it.
    expect(r.failing.accessibility.filter((a) => a !== 'meta-viewport')).toEqual([]);
  }, 180_000);
});
