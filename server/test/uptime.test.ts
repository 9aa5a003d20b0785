import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer, until } from './fixtures';

const H = 3_600_000;
const MONDAY_8AM = Date.parse('2026-03-02T08:00:00+07:00');
let now = MONDAY_8AM;
let t: TestServer;
beforeEach(async () => {
  now = MONDAY_8AM;
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
    // Open, not "two of them": a second tab's session may be a closed one of no length at 10:00.
    await until(async () => (await spans()).some((s) => s.to === null));
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

  it('counts a screen that reaches the server over HTTP only, as a hand count of its heartbeats says', async () => {
    const { deviceId, token } = await t.pairDevice({ centreId: 'lt' });
    const M = 60_000;
    const start = now; // 08:00
    const beat = () => t.http.post('/api/device/heartbeat').set('Authorization', `Bearer ${token}`).send({ playing: null, currentItemId: null, uptimeMs: 1 }).expect(200);
    // 08:00–08:20 every 30 s, one heartbeat lost at 08:10 (a 60 s gap stays one span): present 08:00–08:21:15.
    for (let s = 0; s <= 20 * 60; s += 30) {
      now = start + s * 1000;
      if (s !== 10 * 60) await beat();
    }
    // Ten minutes dark, then 08:31–08:40: present 08:31–08:41:15.
    for (let s = 31 * 60; s <= 40 * 60; s += 30) {
      now = start + s * 1000;
      await beat();
    }
    // 09:00 a batch of showings over HTTP (refused: it names no playlist sent, but the screen spoke): 09:00–09:01:15,
    now = start + 60 * M;
    const impression = {
      id: crypto.randomUUID(),
      deviceId,
      itemId: 'item-1',
      playlistId: 'none',
      playlistVersion: 1,
      startedAt: new Date(now - 20_000).toISOString(),
      durationMs: 10_000,
      completed: true,
      reason: 'completed',
    };
    await t.http
      .post('/api/impressions')
      .set('Authorization', `Bearer ${token}`)
      .send({ impressions: [impression] })
      .expect(200);
    // which its socket, up 09:00:30–09:30, continues: present 09:00–09:30.
    now += 30_000;
    const socket = await t.connectDevice(token);
    await until(async () => (await spans()).some((s) => s.to === null));
    now = start + 90 * M;
    socket.disconnect();
    await until(async () => (await spans()).every((s) => s.to !== null));
    now = start + 4 * H; // 12:00
    const viewer = await t.login('viewer');
    const r = (await t.http.get('/api/reports?from=2026-03-02&to=2026-03-02&centre=lt').set('Cookie', viewer).expect(200)).body;
    const online = 21.25 * M + 10.25 * M + 30 * M;
    expect(r.uptime).toEqual([{ deviceId, name: expect.any(String), centreId: 'lt', onlineMs: online, openOnlineMs: online, openMs: 5 * H, share: online / (5 * H), daysWithShowings: 0 }]);
  });

  it('counts nothing for a screen that left while the server was still looking it up', async () => {
    const { token } = await t.pairDevice({ centreId: 'lt' });
    const devices = t.deps.store.devices;
    const lookUp = devices.get.bind(devices);
    let answer = (): void => undefined;
    const asked = new Promise<void>((resolve) => {
      devices.get = (id) => {
        resolve();
        return new Promise((found) => (answer = () => found(lookUp(id))));
      };
    });
    const screen = await t.connectDevice(token);
    await asked;
    screen.disconnect();
    await until(async () => (await t.app.io.fetchSockets()).length === 0);
    devices.get = lookUp;
    answer();
    // Nothing to wait for when it works; a ghost session shows up within a few milliseconds when it does not.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect((await spans()).filter((s) => s.to === null)).toEqual([]);
  });

  it('does not take a heartbeat from a device without a live token, nor one that is malformed', async () => {
    const { token } = await t.pairDevice({ centreId: 'lt' });
    await t.http.post('/api/device/heartbeat').send({ playing: null, currentItemId: null, uptimeMs: 1 }).expect(401);
    await t.http.post('/api/device/heartbeat').set('Authorization', `Bearer ${token}`).send({ playing: 'x' }).expect(400);
    expect(await spans()).toEqual([]);
  });
});
