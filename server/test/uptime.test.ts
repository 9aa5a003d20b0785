import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer, until } from './fixtures';

const H = 3_600_000;
let now = Date.parse('2026-03-02T08:00:00+07:00'); // a Monday
let t: TestServer;
beforeEach(async () => {
  t = await startTestServer({}, () => new Date(now));
});
afterEach(async () => t.close());

const spans = () => t.deps.store.devices.sessions('2026-03-01T00:00:00Z', '2026-03-05T00:00:00Z');

describe('screen uptime', () => {
  it('records when a screen is connected and reports it against opening hours', async () => {
    const { deviceId, token } = await t.pairDevice({ centreId: 'lt' });
    const first = await t.connectDevice(token);
    // A second tab of the same screen does not open a second session.
    const second = await t.connectDevice(token);
    await until(async () => (await spans()).length === 1);
    now += 2 * H; // 10:00
    first.disconnect();
    second.disconnect();
    await until(async () => (await spans())[0]?.to !== null);
    now += H; // 11:00
    await t.connectDevice(token);
    await until(async () => (await spans()).length === 2);
    now += H; // 12:00
    const viewer = await t.login('viewer');
    const r = (await t.http.get('/api/reports?from=2026-03-02&to=2026-03-02&centre=lt').set('Cookie', viewer).expect(200)).body;
    // Connected 08–10 and 11–12: 3 h of the 5 opening hours so far (07:00–12:00).
    expect(r.uptime).toEqual([{ deviceId, name: expect.any(String), centreId: 'lt', onlineMs: 3 * H, openOnlineMs: 3 * H, openMs: 5 * H, share: 0.6, daysWithShowings: 0 }]);
  });

  it("closes the sessions a crashed node left open at the screen's last sign of life", async () => {
    const { deviceId } = await t.pairDevice({ centreId: 'lt' });
    await t.deps.store.devices.openSession(deviceId, 'test-node', '2026-03-02T01:00:00.000Z');
    await t.deps.store.devices.openSession(deviceId, 'other-node', '2026-03-02T01:00:00.000Z');
    await t.deps.store.devices.recordStates([], [{ id: deviceId, hb: { playing: null, currentItemId: null, uptimeMs: 1 }, at: '2026-03-02T03:30:00.000Z' }]);
    expect(await t.deps.store.devices.closeOrphanSessions('test-node')).toBe(1);
    // The other node's session is its own business: it is still running.
    expect((await spans()).map((s) => s.to).sort()).toEqual(['2026-03-02T03:30:00.000Z', null]);
  });
});
