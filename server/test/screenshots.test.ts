import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './fixtures';

let t: TestServer;
beforeEach(async () => {
  t = await startTestServer();
});
afterEach(async () => t.close());

/** The smallest bytes the server accepts as JPEG: the SOI marker and an APP0 header; it never decodes them. */
const FAKE_JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0xff, 0xd9]);

describe('screen screenshots', () => {
  it('asks the screen for its frame, keeps it and serves it to a viewer', async () => {
    const { deviceId, token } = await t.pairDevice();
    const socket = await t.connectDevice(token);
    socket.on('device:screenshot', (ack) => ack({ ok: true, data: { jpegBase64: FAKE_JPEG.toString('base64') } }));
    const viewer = await t.login('viewer');
    const taken = await t.http.post(`/api/devices/${deviceId}/screenshot`).set('Cookie', viewer).expect(201);
    expect(taken.body.url).toBe(`/api/devices/${deviceId}/screenshot`);
    const got = await t.http.get(taken.body.url).set('Cookie', viewer).buffer(true).expect(200);
    expect(got.headers['content-type']).toBe('image/jpeg');
    expect(got.headers['cache-control']).toBe('no-store');
    expect(Buffer.compare(got.body as Buffer, FAKE_JPEG)).toBe(0);
  });

  it('keeps a commune’s staff to their own screens: another commune’s frame is neither taken nor read', async () => {
    const { deviceId, token } = await t.pairDevice({ centreId: 'ltan' });
    const socket = await t.connectDevice(token);
    socket.on('device:screenshot', (ack) => ack({ ok: true, data: { jpegBase64: FAKE_JPEG.toString('base64') } }));
    await t.http
      .post(`/api/devices/${deviceId}/screenshot`)
      .set('Cookie', await t.login('viewer', 'ltan'))
      .expect(201);
    const neighbour = await t.login('viewer', 'lt');
    expect((await t.http.post(`/api/devices/${deviceId}/screenshot`).set('Cookie', neighbour).expect(403)).body.message).toMatch(/outside/);
    await t.http.get(`/api/devices/${deviceId}/screenshot`).set('Cookie', neighbour).expect(403);
    await t.http
      .get(`/api/devices/${deviceId}/screenshot`)
      .set('Cookie', await t.login('viewer', 'dn'))
      .expect(200);
  });

  it('answers 503 with a reason when the screen is offline or sends something that is not a JPEG', async () => {
    const { deviceId, token } = await t.pairDevice();
    const viewer = await t.login('viewer');
    const offline = await t.http.post(`/api/devices/${deviceId}/screenshot`).set('Cookie', viewer).expect(503);
    expect(offline.body).toMatchObject({ code: 'unavailable', message: expect.stringContaining('offline') });

    const socket = await t.connectDevice(token);
    socket.on('device:screenshot', (ack) => ack({ ok: true, data: { jpegBase64: Buffer.from('<svg onload=alert(1)>').toString('base64') } }));
    const notJpeg = await t.http.post(`/api/devices/${deviceId}/screenshot`).set('Cookie', viewer).expect(503);
    expect(notJpeg.body.message).toContain('not a JPEG');
    // Nothing was stored from either attempt.
    await t.http.get(`/api/devices/${deviceId}/screenshot`).set('Cookie', viewer).expect(404);
  });

  it('passes on the reason a screen gives for failing, and refuses kiosks and strangers', async () => {
    const { deviceId, token } = await t.pairDevice();
    const socket = await t.connectDevice(token);
    socket.on('device:screenshot', (ack) => ack({ ok: false, error: { code: 'internal', message: 'no 2D canvas on this device' } }));
    const viewer = await t.login('viewer');
    const failed = await t.http.post(`/api/devices/${deviceId}/screenshot`).set('Cookie', viewer).expect(503);
    expect(failed.body.message).toContain('no 2D canvas');

    const kiosk = await t.pairDevice({ kind: 'kiosk' });
    const refused = await t.http.post(`/api/devices/${kiosk.deviceId}/screenshot`).set('Cookie', viewer).expect(400);
    expect(refused.body.message).toContain('kiosk');
    await t.http.post(`/api/devices/${deviceId}/screenshot`).expect(401);
    await t.http.get(`/api/devices/${deviceId}/screenshot`).expect(401);
  });
});
