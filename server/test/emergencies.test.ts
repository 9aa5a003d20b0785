import type { Emergency } from '@hcc/shared/schemas/emergency';
import { describe, expect, it } from 'vitest';
import { type TestServer, useTestServer, waitFor } from './fixtures';

let t: TestServer;
let editor: string;
useTestServer('editor', (server, cookie) => {
  t = server;
  editor = cookie;
});

describe('emergency messages', () => {
  it('reach every connected screen at once, are in bootstrap, and clear everywhere', async () => {
    const a = await t.pairDevice({ centreId: 'lt' });
    const b = await t.pairDevice({ centreId: 'ltan' });
    const sa = await t.connectDevice(a.token);
    const sb = await t.connectDevice(b.token);
    const both = Promise.all([waitFor<Emergency[]>(sa, 'emergency:update'), waitFor<Emergency[]>(sb, 'emergency:update')]);
    const created = (await t.http.post('/api/emergencies').set('Cookie', editor).send({ text: 'Tạm dừng tiếp nhận hồ sơ 30 phút do mất điện', durationMinutes: 30 }).expect(201)).body;
    for (const list of await both) expect(list.map((e) => e.id)).toEqual([created.id]);
    const boot = await t.http.get('/api/device/bootstrap').set('Authorization', `Bearer ${a.token}`).expect(200);
    expect(boot.body.emergencies.map((e: Emergency) => e.id)).toEqual([created.id]);

    const cleared = waitFor<Emergency[]>(sa, 'emergency:update');
    await t.http.delete(`/api/emergencies/${created.id}`).set('Cookie', editor).expect(200);
    expect(await cleared).toEqual([]);
    await t.http.delete(`/api/emergencies/${created.id}`).set('Cookie', editor).expect(404);
  });

  it('clears all in one call', async () => {
    await t.http.post('/api/emergencies').set('Cookie', editor).send({ text: 'A', durationMinutes: 5 }).expect(201);
    await t.http
      .post('/api/emergencies')
      .set('Cookie', editor)
      .send({ text: 'B', durationMinutes: 5, centreIds: ['lt'] })
      .expect(201);
    expect((await t.http.delete('/api/emergencies').set('Cookie', editor).expect(200)).body.cleared).toBe(2);
    expect((await t.http.get('/api/emergencies').set('Cookie', editor)).body.items).toEqual([]);
  });

  it('lets a commune editor clear only a message all of whose screens are its centre’s', async () => {
    const neighbour = await t.pairDevice({ centreId: 'ltan' });
    const communeEditor = await t.login('editor', 'lt');
    const message = (
      await t.http
        .post('/api/emergencies')
        .set('Cookie', editor)
        .send({ text: 'Tỉnh', durationMinutes: 5, centreIds: ['lt'], deviceIds: [neighbour.deviceId] })
        .expect(201)
    ).body;
    const res = await t.http.delete(`/api/emergencies/${message.id}`).set('Cookie', communeEditor).expect(403);
    expect(res.body.message).toContain('Xã Lộc Tấn');
    expect((await t.http.get('/api/emergencies').set('Cookie', editor)).body.items.map((e: Emergency) => e.id)).toEqual([message.id]);
  });

  it.each([
    ['an empty text', { text: '   ', durationMinutes: 5 }, 'text'],
    ['no duration', { text: 'A' }, 'durationMinutes'],
    ['a zero duration', { text: 'A', durationMinutes: 0 }, 'durationMinutes'],
    ['an unknown centre', { text: 'A', durationMinutes: 5, centreIds: ['atlantis'] }, 'centreIds'],
  ])('refuses %s, naming the field', async (_name, body, path) => {
    const res = await t.http.post('/api/emergencies').set('Cookie', editor).send(body).expect(400);
    expect(res.body.issues.map((i: { path: string }) => i.path)).toContain(path);
    expect((await t.http.get('/api/emergencies').set('Cookie', editor)).body.items).toEqual([]);
  });
});
