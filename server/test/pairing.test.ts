import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { io as connect } from 'socket.io-client';
import { DEFAULT_LIMITS } from '../src/security/limits';
import { startTestServer, type TestServer, waitFor } from './fixtures';

let t: TestServer;
beforeEach(async () => {
  t = await startTestServer();
});
afterEach(async () => t.close());

describe('device pairing', () => {
  it('stays pending until staff approve the code, then hands out a token once', async () => {
    const ticket = (await t.http.post('/api/pairings').send({ kind: 'screen' }).expect(201)).body;
    expect(ticket.code).toMatch(/^\d{6}$/);
    const pending = await t.http.post(`/api/pairings/${ticket.pairingId}/claim`).send({ claimSecret: ticket.claimSecret }).expect(200);
    expect(pending.body.status).toBe('pending');

    const editor = await t.login('editor');
    const listed = (await t.http.get('/api/pairings').set('Cookie', editor).expect(200)).body.items;
    expect(listed.map((p: { code: string }) => p.code)).toContain(ticket.code);
    const approved = await t.http.post('/api/pairings/approve').set('Cookie', editor).send({ code: ticket.code, name: 'Sảnh 1', centreId: 'lt', group: 'sanh' }).expect(201);
    expect(approved.body.device).toMatchObject({ name: 'Sảnh 1', centreId: 'lt', group: 'sanh', status: 'active' });

    const claimed = (await t.http.post(`/api/pairings/${ticket.pairingId}/claim`).send({ claimSecret: ticket.claimSecret }).expect(200)).body;
    expect(claimed.status).toBe('paired');
    expect(claimed.token.length).toBeGreaterThanOrEqual(40);
    // A replayed claim gets nothing.
    await t.http.post(`/api/pairings/${ticket.pairingId}/claim`).send({ claimSecret: ticket.claimSecret }).expect(410);

    const boot = await t.http.get('/api/device/bootstrap').set('Authorization', `Bearer ${claimed.token}`).expect(200);
    expect(boot.body.device.id).toBe(claimed.deviceId);
    expect(boot.body.centre.name).toBe('Xã Long Thành');
  });

  it("keeps a commune's staff from picking or guessing the code of a screen waiting in another hall", async () => {
    const ticket = (await t.http.post('/api/pairings').send({ kind: 'screen' }).expect(201)).body;
    const commune = await t.login('editor', 'ltan');
    expect((await t.http.get('/api/pairings').set('Cookie', commune).expect(200)).body.items).toEqual([]);
    expect(
      (
        await t.http
          .get('/api/pairings')
          .set('Cookie', await t.login('editor'))
          .expect(200)
      ).body.items.map((p: { code: string }) => p.code),
    ).toEqual([ticket.code]);
    const approve = (cookie: string, code: string) => t.http.post('/api/pairings/approve').set('Cookie', cookie).send({ code, name: 'Sảnh', centreId: 'ltan' });
    const wrong = Array.from({ length: 10 }, (_, i) => String((Number(ticket.code) + 1 + i) % 1_000_000).padStart(6, '0'));
    for (const code of wrong) await approve(commune, code).expect(404);
    const held = await approve(commune, ticket.code).expect(429);
    expect(held.headers['retry-after']).toBeDefined();
    expect((await t.http.post(`/api/pairings/${ticket.pairingId}/claim`).send({ claimSecret: ticket.claimSecret }).expect(200)).body.status).toBe('pending');
    // Another member of staff, typing the code the screen shows, is not held by the guesser.
    await approve(await t.login('editor', 'ltan'), ticket.code).expect(201);
  });

  it('keeps the token only as a hash', async () => {
    const { deviceId, token } = await t.pairDevice();
    const row = t.deps.store.devices;
    expect(await row.getByTokenHash(token)).toBeNull();
    expect((await row.get(deviceId))?.id).toBe(deviceId);
  });

  it('refuses a wrong claim secret and an unknown code', async () => {
    const ticket = (await t.http.post('/api/pairings').send({ kind: 'kiosk' }).expect(201)).body;
    await t.http.post(`/api/pairings/${ticket.pairingId}/claim`).send({ claimSecret: 'guess' }).expect(404);
    const editor = await t.login('editor');
    const wrong = ticket.code === '000000' ? '000001' : '000000';
    const res = await t.http.post('/api/pairings/approve').set('Cookie', editor).send({ code: wrong, name: 'x', centreId: 'lt' }).expect(404);
    expect(res.body.message).toContain(wrong);
    const bad = await t.http.post('/api/pairings/approve').set('Cookie', editor).send({ code: '12ab', name: '', centreId: 'lt' }).expect(400);
    expect(bad.body.issues.map((i: { path: string }) => i.path)).toEqual(expect.arrayContaining(['code', 'name']));
    await t.http.post('/api/pairings').send({ kind: 'toaster' }).expect(400);
  });

  it('refuses sockets and HTTP calls without a valid token', async () => {
    await t.http.get('/api/device/bootstrap').expect(401);
    await t.http.get('/api/device/bootstrap').set('Authorization', 'Bearer nonsense').expect(401);
    const err = await new Promise<Error>((resolve) => {
      const s = connect(t.url, { auth: { token: 'nonsense' }, transports: ['websocket'], reconnection: false, forceNew: true });
      s.once('connect_error', (e) => {
        s.close();
        resolve(e);
      });
    });
    expect(err.message).toBe('unauthorized');
  });

  it('revoking disconnects the device at once and its token stops working', async () => {
    const { deviceId, token } = await t.pairDevice();
    const socket = await t.connectDevice(token);
    const revoked = waitFor(socket, 'device:revoked');
    const disconnected = new Promise<string>((resolve) => socket.once('disconnect', resolve));
    const editor = await t.login('editor');
    await t.http.post(`/api/devices/${deviceId}/revoke`).set('Cookie', editor).expect(200);
    await revoked;
    expect(await disconnected).toBe('io server disconnect');
    await t.http.get('/api/device/bootstrap').set('Authorization', `Bearer ${token}`).expect(401);
    const devices = (await t.http.get('/api/devices').set('Cookie', editor).expect(200)).body.items;
    expect(devices.find((d: { id: string }) => d.id === deviceId)).toMatchObject({ status: 'revoked', online: false });
  });

  it('shows a connected device as online to staff', async () => {
    const { deviceId, token } = await t.pairDevice();
    await t.connectDevice(token);
    const viewer = await t.login('viewer');
    const devices = (await t.http.get('/api/devices').set('Cookie', viewer).expect(200)).body.items;
    expect(devices.find((d: { id: string }) => d.id === deviceId)?.online).toBe(true);
  });
});

describe('device management', () => {
  it('renames and moves a device, tells it to reload, and audits the change', async () => {
    const { deviceId, token } = await t.pairDevice();
    const socket = await t.connectDevice(token);
    const reloaded = new Promise<void>((resolve) => socket.once('device:reload', resolve));
    const editor = await t.login('editor');
    const moved = await t.http.patch(`/api/devices/${deviceId}`).set('Cookie', editor).send({ name: ' Màn hình quầy 2 ', centreId: 'ltan', group: 'quay' }).expect(200);
    expect(moved.body.device).toMatchObject({ name: 'Màn hình quầy 2', centreId: 'ltan', group: 'quay' });
    await reloaded;
    const ungrouped = await t.http.patch(`/api/devices/${deviceId}`).set('Cookie', editor).send({ group: null }).expect(200);
    expect(ungrouped.body.device).toMatchObject({ name: 'Màn hình quầy 2', centreId: 'ltan', group: null });
    const admin = await t.login('admin');
    const audit = (await t.http.get(`/api/audit?action=device.update&subject=${deviceId}`).set('Cookie', admin).expect(200)).body.items;
    expect(audit).toHaveLength(2);
  });

  it('refuses an empty change, an unknown centre and a viewer, and changes nothing', async () => {
    const { deviceId } = await t.pairDevice();
    const editor = await t.login('editor');
    await t.http.patch(`/api/devices/${deviceId}`).set('Cookie', editor).send({}).expect(400);
    const unknown = await t.http.patch(`/api/devices/${deviceId}`).set('Cookie', editor).send({ centreId: 'nowhere' }).expect(400);
    expect(unknown.body.message).toContain('Unknown centre');
    await t.http
      .patch(`/api/devices/${deviceId}`)
      .set('Cookie', await t.login('viewer'))
      .send({ name: 'x' })
      .expect(403);
    const devices = (await t.http.get('/api/devices').set('Cookie', editor).expect(200)).body.items;
    expect(devices.find((d: { id: string }) => d.id === deviceId)).toMatchObject({ name: 'Test screen', centreId: 'lt' });
  });
});

describe('pairing under load', () => {
  it('bounds the codes one address and one network ask for, and leaves other sources free', async () => {
    const s = await startTestServer({ limits: { ...DEFAULT_LIMITS, pairing: { perAddress: 5, perNetwork: 8, windowS: 900 } } });
    try {
      const ask = (ip: string) => s.http.post('/api/pairings').set('X-Forwarded-For', ip).send({ kind: 'screen' });
      const flood: number[] = [];
      for (let i = 0; i < 200; i++) flood.push((await ask('203.0.113.66')).status);
      expect(flood.filter((c) => c === 201)).toHaveLength(5);
      const refused = await ask('203.0.113.66').expect(429);
      expect(refused.body.message).toContain('pairing codes');
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
      // Neighbours on the /24 share its bound; a TV on another network pairs at once.
      for (let i = 0; i < 3; i++) await ask(`203.0.113.${70 + i}`).expect(201);
      await ask('203.0.113.99').expect(429);
      await ask('198.51.100.20').expect(201);
      expect(await s.deps.store.pairings.countOpen(new Date().toISOString())).toBe(9);
    } finally {
      await s.close();
    }
  });
});
