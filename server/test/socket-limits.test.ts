import { randomUUID } from 'node:crypto';
import { SCREENSHOT_MAX_BASE64 } from '@hcc/shared/schemas/device';
import { IMPRESSION_BATCH_MAX, IMPRESSION_SUMMARY_BATCH_MAX } from '@hcc/shared/schemas/impression';
import { io as connect, type Socket } from 'socket.io-client';
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_SOCKET_MESSAGE_BYTES } from '../src/realtime/io';
import { DEFAULT_LIMITS, type Limits } from '../src/security/limits';
import { type DeviceClient, emitAck, startTestServer, type TestServer, until, useTestServer } from './fixtures';

const HEARTBEAT = { playing: null, currentItemId: null, uptimeMs: 1000 };
const limits = (over: Partial<Limits>): Limits => ({ ...DEFAULT_LIMITS, ...over });

/** A socket as a script opens it, from `from` (the test server believes loopback's X-Forwarded-For). */
const openSocket = (url: string, token: string | undefined, from?: string) =>
  new Promise<{ socket: DeviceClient; error: string | null }>((resolve) => {
    const socket: DeviceClient = connect(url, {
      ...(token ? { auth: { token } } : {}),
      transports: ['websocket'],
      reconnection: false,
      forceNew: true,
      ...(from ? { extraHeaders: { 'X-Forwarded-For': from } } : {}),
    });
    socket.once('connect', () => resolve({ socket, error: null }));
    socket.once('connect_error', (err) => {
      socket.close();
      resolve({ socket, error: err.message });
    });
  });

const showing = (deviceId: string, playlistId: string, startedAt: string) => ({
  id: randomUUID(),
  deviceId,
  itemId: 'item-1',
  playlistId,
  playlistVersion: 1,
  startedAt,
  durationMs: 8000,
  completed: true,
  reason: 'completed' as const,
});

describe('a paired device flooding its socket', () => {
  let t: TestServer;
  useTestServer('editor', (server) => (t = server), {
    limits: limits({ device: { ...DEFAULT_LIMITS.device, eventsPerWindow: 10, rowsPerWindow: 150, refusalsBeforeClose: 5 } }),
  });

  it('is refused past its events per window, on a new socket too, and closed when it goes on', async () => {
    const { token } = await t.pairDevice();
    const s = await t.connectDevice(token);
    const answers = [];
    for (let i = 0; i < 12; i++) answers.push(await emitAck(s, 'device:heartbeat', HEARTBEAT));
    expect(answers.slice(0, 10).every((a) => a.ok)).toBe(true);
    expect(answers.slice(10).map((a) => a.error?.code)).toEqual(['rate_limited', 'rate_limited']);
    expect(answers[10]?.error?.message).toMatch(/^Thiết bị gửi quá nhiều; thử lại sau \d+ giây/);

    // Reconnecting starts no fresh allowance: it is the device's, not the socket's.
    const again = await t.connectDevice(token);
    expect((await emitAck(again, 'clock:sync', { clientTime: new Date().toISOString() })).error?.code).toBe('rate_limited');
    // Unknown events count too; a socket that keeps sending after its refusals is closed.
    for (let i = 0; i < 4; i++) (again as unknown as Socket).emit('no:such');
    await until(async () => again.disconnected);
    // The HTTP twins share the allowance.
    const res = await t.http.post('/api/device/heartbeat').set('Authorization', `Bearer ${token}`).send(HEARTBEAT).expect(429);
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('is refused past its showings per window, over the socket and over HTTP alike', async () => {
    const { deviceId, token } = await t.pairDevice();
    const playlistId = await t.publishPlaylist();
    // Showings after the playlist was published (earlier ones would be refused as implausible), 1 ms apart.
    const since = Date.now();
    const at = (i: number) => new Date(since + i).toISOString();
    const s = await t.connectDevice(token);
    const first = await emitAck(s, 'impression:batch', { impressions: Array.from({ length: 100 }, (_, i) => showing(deviceId, playlistId, at(i))) });
    expect(first).toMatchObject({ ok: true, data: { accepted: 100 } });
    const second = await emitAck(s, 'impression:batch', { impressions: Array.from({ length: 100 }, (_, i) => showing(deviceId, playlistId, at(100 + i))) });
    expect(second.error?.code).toBe('rate_limited');
    await t.http
      .post('/api/impressions')
      .set('Authorization', `Bearer ${token}`)
      .send({ impressions: [showing(deviceId, playlistId, at(300))] })
      .expect(429);
    // Refused, not taken: only the first batch is stored, and the player keeps the rest to send again.
    expect(await t.deps.store.impressions.count()).toBe(100);
  });
});

describe('events sent without waiting for their answers', () => {
  let t: TestServer;
  useTestServer('editor', (server) => (t = server), { limits: limits({ device: { ...DEFAULT_LIMITS.device, inFlightPerSocket: 2 } }) });

  it('are not held in flight when no handler takes them: a player on a newer contract is not wedged', async () => {
    const { token } = await t.pairDevice();
    const s = await t.connectDevice(token);
    for (let i = 0; i < 5; i++) expect((await emitAck(s, 'screen:new-event', {})).error?.message).toMatch(/Unknown event/);
    expect((await emitAck(s, 'device:heartbeat', HEARTBEAT)).ok).toBe(true);
  });

  it('are handled a few at a time per socket; the rest are refused at once', async () => {
    const { deviceId, token } = await t.pairDevice();
    const playlistId = await t.publishPlaylist();
    const s = await t.connectDevice(token);
    const burst = await Promise.all(
      Array.from({ length: 20 }, (_, b) =>
        emitAck(s, 'impression:batch', { impressions: Array.from({ length: 50 }, (_, i) => showing(deviceId, playlistId, new Date(Date.now() - 7_200_000 + (b * 50 + i) * 10_000).toISOString())) }),
      ),
    );
    const refused = burst.filter((a) => a.error?.message.includes('cùng lúc'));
    expect(refused.length).toBeGreaterThan(0);
    expect(burst.filter((a) => a.ok).length).toBeGreaterThanOrEqual(2);
  });
});

describe("a player's upload after a long time offline", () => {
  let t: TestServer | null = null;
  afterEach(async () => t?.close());

  it('goes through whole under the default bounds: a full queue, 100 to a batch, one batch at a time', async () => {
    let now = Date.parse('2026-03-01T00:00:00Z');
    t = await startTestServer({}, () => new Date(now));
    const { deviceId, token } = await t.pairDevice();
    const playlistId = await t.publishPlaylist();
    now = Date.parse('2026-03-03T00:00:00Z');
    const s = await t.connectDevice(token);
    // What the player does on connect (device-session.ts): three clock samples, then its queue
    // (10,000 showings, impression-queue.ts DEFAULT_BOUND and BATCH), then heartbeats.
    for (let i = 0; i < 3; i++) expect((await emitAck(s, 'clock:sync', { clientTime: new Date(now).toISOString() })).ok).toBe(true);
    const start = Date.parse('2026-03-01T01:00:00Z');
    for (let b = 0; b < 100; b++) {
      const batch = Array.from({ length: 100 }, (_, i) => showing(deviceId, playlistId, new Date(start + (b * 100 + i) * 10_000).toISOString()));
      const r = await emitAck(s, 'impression:batch', { impressions: batch });
      expect(r).toMatchObject({ ok: true, data: { accepted: 100 } });
    }
    expect((await emitAck(s, 'device:heartbeat', HEARTBEAT)).ok).toBe(true);
    expect(await t.deps.store.impressions.count()).toBe(10_000);
  }, 60_000);
});

describe('messages past the socket size bound', () => {
  let t: TestServer;
  useTestServer('editor', (server) => (t = server));

  it("leaves room for the player's largest messages, at their schemas' longest", () => {
    const id = 'x'.repeat(64);
    const instant = '2026-03-01T08:00:00.000+07:00';
    const impression = { id: randomUUID(), deviceId: id, itemId: id, playlistId: id, playlistVersion: 2 ** 31, startedAt: instant, durationMs: 86_400_000, completed: false, reason: 'interrupted' };
    const summary = {
      id: randomUUID(),
      deviceId: id,
      itemId: id,
      playlistId: id,
      playlistVersion: 2 ** 31,
      day: '2026-03-01',
      showings: 2 ** 31,
      playMs: 2 ** 40,
      completed: 2 ** 31,
      first: instant,
      last: instant,
    };
    const frame = (data: unknown) => Buffer.byteLength(`421${JSON.stringify(['impression:batch', data])}`);
    expect(frame({ impressions: Array(IMPRESSION_BATCH_MAX).fill(impression) })).toBeLessThan(MAX_SOCKET_MESSAGE_BYTES / 1.5);
    expect(frame({ summaries: Array(IMPRESSION_SUMMARY_BATCH_MAX).fill(summary) })).toBeLessThan(MAX_SOCKET_MESSAGE_BYTES / 1.5);
    expect(frame({ ok: true, data: { jpegBase64: 'A'.repeat(SCREENSHOT_MAX_BASE64) } })).toBeLessThan(MAX_SOCKET_MESSAGE_BYTES / 1.5);
  });

  it('closes the socket of a device that sends a larger one, before reading it', async () => {
    const { token } = await t.pairDevice();
    const s = await t.connectDevice(token);
    (s as unknown as Socket).emit('device:heartbeat', { ...HEARTBEAT, padding: 'x'.repeat(MAX_SOCKET_MESSAGE_BYTES) });
    await until(async () => s.disconnected);
  });
});

describe('sockets from one network', () => {
  let t: TestServer;
  useTestServer('editor', (server) => (t = server), { limits: limits({ sockets: { handshakesPerNetwork: 8, failuresPerNetwork: 3, windowS: 60 } }) });

  it("are refused from a network once it failed too often, and other networks' screens still connect", async () => {
    const { token } = await t.pairDevice();
    const tries = [];
    for (let i = 0; i < 5; i++) tries.push((await openSocket(t.url, `wrong-${i}`, '203.0.113.7')).error);
    expect(tries.slice(0, 3)).toEqual(['unauthorized', 'unauthorized', 'unauthorized']);
    // Refused at the handshake now, before any token is read: even a good one, from there.
    expect(tries.slice(3).every((e) => e !== null && e !== 'unauthorized')).toBe(true);
    expect((await openSocket(t.url, token, '203.0.113.9')).error).not.toBeNull();
    const elsewhere = await openSocket(t.url, token, '198.51.100.4');
    expect(elsewhere.error).toBeNull();
    elsewhere.socket.close();
  });

  it('are held to a number of handshakes per network, good tokens included', async () => {
    const { token } = await t.pairDevice();
    const opened = [];
    for (let i = 0; i < 10; i++) opened.push(await openSocket(t.url, token, `192.0.2.${i + 1}`));
    for (const o of opened) o.socket.close();
    // 8 handshakes a window from 192.0.2.0/24, whatever address in it they come from.
    expect(opened.map((o) => o.error === null)).toEqual([...Array<boolean>(8).fill(true), false, false]);
  });
});

describe('a device reconnecting in a loop', () => {
  let t: TestServer;
  useTestServer('editor', (server) => (t = server), { limits: limits({ device: { ...DEFAULT_LIMITS.device, connectsPerWindow: 3 } }) });

  it('is told to wait, with a reason its player understands', async () => {
    const { token } = await t.pairDevice();
    const results = [];
    for (let i = 0; i < 4; i++) {
      const o = await openSocket(t.url, token);
      results.push(o.error);
      o.socket.close();
    }
    expect(results).toEqual([null, null, null, 'rate_limited']);
  });
});
