import type { PlaylistPushOnWire } from '@hcc/shared/events';
import { PlaylistPushSchema } from '@hcc/shared/schemas/bootstrap';
import { describe, expect, it } from 'vitest';
import { DEMO_CAMPAIGN, DEMO_FIXED_ITEMS } from '../src/seed/demo-content';
import { emitAck, makeItem, type TestServer, useTestServer, waitFor } from './fixtures';

let t: TestServer;
let editor: string;
useTestServer('editor', (server, cookie) => {
  t = server;
  editor = cookie;
});

const createPlaylist = async (over: Record<string, unknown> = {}) =>
  (
    await t.http
      .post('/api/playlists')
      .set('Cookie', editor)
      .send({ name: 'Sảnh chờ', centreId: 'lt', target: { centreIds: [], groups: [] }, items: [makeItem(), makeItem({ kind: 'ticker' })], ...over })
      .expect(201)
  ).body;

describe('publish → push → ack', () => {
  it('pushes a new version to the centre’s screens, and the server learns what each one plays', async () => {
    const screen = await t.pairDevice({ centreId: 'lt' });
    const other = await t.pairDevice({ centreId: 'ltan' });
    const s1 = await t.connectDevice(screen.token);
    const s2 = await t.connectDevice(other.token);
    let otherGotIt = false;
    s2.on('playlist:update', () => (otherGotIt = true));

    const p = await createPlaylist();
    const pushed = waitFor<PlaylistPushOnWire>(s1, 'playlist:update');
    const pub = await t.http.post(`/api/playlists/${p.id}/publish`).set('Cookie', editor).expect(201);
    const push = await pushed;
    expect(push.version.version).toBe(1);
    expect(push.version.items.map((i) => i.id)).toEqual(p.items.map((i: { id: string }) => i.id));
    expect(pub.body.version.version).toBe(1);

    expect(await emitAck(s1, 'playlist:ack', { playlistId: p.id, version: 1 })).toEqual({ ok: true, data: null });
    const devices = (await t.http.get('/api/devices').set('Cookie', editor)).body.items;
    expect(devices.find((d: { id: string }) => d.id === screen.deviceId).playing).toEqual({ playlistId: p.id, version: 1 });
    expect(otherGotIt).toBe(false);

    // A screen that starts later gets the same version from bootstrap.
    const boot = await t.http.get('/api/device/bootstrap').set('Authorization', `Bearer ${screen.token}`).expect(200);
    expect(boot.body.push.version.version).toBe(1);
  });

  it("sends the demo's items without their defaults, and the screen parses them back to the version published", async () => {
    const s = await t.connectDevice((await t.pairDevice({ centreId: 'lt' })).token);
    const p = await createPlaylist({ items: [...DEMO_FIXED_ITEMS, ...DEMO_CAMPAIGN.items, makeItem({ kind: 'qr', priority: 3, weekdays: [6, 7] })] });
    const pushed = waitFor<PlaylistPushOnWire>(s, 'playlist:update');
    const published = (await t.http.post(`/api/playlists/${p.id}/publish`).set('Cookie', editor).expect(201)).body.version;
    const wire = await pushed;
    const played = PlaylistPushSchema.parse(wire);
    expect(played.version).toEqual(published);
    const bytes = (v: unknown) => Buffer.byteLength(JSON.stringify(v));
    expect(bytes(wire)).toBeLessThan(0.8 * bytes({ ...played, version: published }));
  });

  it('reaches only the named screen group', async () => {
    const hall = await t.pairDevice({ centreId: 'lt', group: 'hall' });
    const lobby = await t.pairDevice({ centreId: 'lt', group: 'lobby' });
    const sh = await t.connectDevice(hall.token);
    const sl = await t.connectDevice(lobby.token);
    let lobbyGotIt = false;
    sl.on('playlist:update', () => (lobbyGotIt = true));
    const p = await createPlaylist({ target: { centreIds: [], groups: ['hall'] } });
    const pushed = waitFor<PlaylistPushOnWire>(sh, 'playlist:update');
    await t.http.post(`/api/playlists/${p.id}/publish`).set('Cookie', editor).expect(201);
    expect((await pushed).version.target.groups).toEqual(['hall']);
    await new Promise((r) => setTimeout(r, 200));
    expect(lobbyGotIt).toBe(false);
  });

  it('rolls back by republishing an old version as a new one', async () => {
    const p = await createPlaylist();
    await t.http.post(`/api/playlists/${p.id}/publish`).set('Cookie', editor).expect(201);
    await t.http
      .put(`/api/playlists/${p.id}`)
      .set('Cookie', editor)
      .send({ name: p.name, centreId: 'lt', target: p.target, items: [makeItem({ title: 'Mới' })], baseRevision: p.revision })
      .expect(200);
    await t.http.post(`/api/playlists/${p.id}/publish`).set('Cookie', editor).expect(201);
    const screen = await t.pairDevice({ centreId: 'lt' });
    const s = await t.connectDevice(screen.token);
    const pushed = waitFor<PlaylistPushOnWire>(s, 'playlist:update');
    const rb = await t.http.post(`/api/playlists/${p.id}/rollback`).set('Cookie', editor).send({ version: 1 }).expect(201);
    expect(rb.body.version).toMatchObject({ version: 3, rollbackOf: 1 });
    expect((await pushed).version.items.map((i) => i.title)).toEqual(p.items.map((i: { title: string }) => i.title));
    const versions = (await t.http.get(`/api/playlists/${p.id}/versions`).set('Cookie', editor)).body.items;
    expect(versions.map((v: { version: number }) => v.version)).toEqual([3, 2, 1]);
    await t.http.post(`/api/playlists/${p.id}/rollback`).set('Cookie', editor).send({ version: 9 }).expect(404);
  });
});

describe('playlist editing', () => {
  it('refuses a save based on an old revision and keeps the newer one', async () => {
    const p = await createPlaylist();
    const body = (title: string, baseRevision: number) => ({ name: p.name, centreId: 'lt', target: p.target, items: [makeItem({ title })], baseRevision });
    await t.http.put(`/api/playlists/${p.id}`).set('Cookie', editor).send(body('Của chị Lan', p.revision)).expect(200);
    const res = await t.http.put(`/api/playlists/${p.id}`).set('Cookie', editor).send(body('Của anh Minh', p.revision)).expect(409);
    expect(res.body.message).toMatch(/Someone else saved/);
    const now = (await t.http.get(`/api/playlists/${p.id}`).set('Cookie', editor)).body;
    expect(now.items[0].title).toBe('Của chị Lan');
    expect(now.revision).toBe(p.revision + 1);
  });

  it.each([
    ['a too-short duration', { items: [makeItem({ durationMs: 500 })] }, 'items.0.durationMs'],
    ['an unknown item kind', { items: [{ ...makeItem(), kind: 'hologram' }] }, 'items.0.kind'],
    ['a QR with a javascript: link', { items: [makeItem({ kind: 'qr', url: 'javascript:alert(1)' } as never)] }, 'items.0.url'],
    ['a validity window that ends before it starts', { items: [makeItem({ validFrom: '2026-05-01T00:00:00+07:00', validTo: '2026-04-01T00:00:00+07:00' })] }, 'items.0.validTo'],
    ['a missing media file', { items: [makeItem({ kind: 'video', mediaId: 'a'.repeat(64) } as never)] }, 'items.0.mediaId'],
    ['an unknown centre', { centreId: 'atlantis' }, 'centreId'],
  ])('refuses %s, naming the field', async (_name, over, path) => {
    const res = await t.http
      .post('/api/playlists')
      .set('Cookie', editor)
      .send({ name: 'X', centreId: 'lt', target: { centreIds: [], groups: [] }, items: [makeItem()], ...over })
      .expect(400);
    expect(res.body.issues.map((i: { path: string }) => i.path)).toContain(path);
    expect((await t.http.get('/api/playlists').set('Cookie', editor)).body.items).toHaveLength(0);
  });

  it('refuses to publish an empty playlist and keeps the published version', async () => {
    const p = await createPlaylist();
    await t.http.post(`/api/playlists/${p.id}/publish`).set('Cookie', editor).expect(201);
    await t.http.put(`/api/playlists/${p.id}`).set('Cookie', editor).send({ name: p.name, centreId: 'lt', target: p.target, items: [], baseRevision: p.revision }).expect(200);
    const res = await t.http.post(`/api/playlists/${p.id}/publish`).set('Cookie', editor).expect(400);
    expect(res.body.message).toMatch(/empty/);
    expect((await t.http.get(`/api/playlists/${p.id}/versions`).set('Cookie', editor)).body.items).toHaveLength(1);
  });
});

describe('publish preview', () => {
  it('names the screens a publish changes, what they play now and after, before anything is pushed', async () => {
    const ltScreen = await t.pairDevice({ centreId: 'lt' });
    const ltanScreen = await t.pairDevice({ centreId: 'ltan' });
    const own = await createPlaylist({ name: 'Sảnh Long Thành' });
    await t.http.post(`/api/playlists/${own.id}/publish`).set('Cookie', editor).expect(201);
    const ltanOwn = await createPlaylist({ name: 'Sảnh Lộc An', centreId: 'ltan' });
    await t.http.post(`/api/playlists/${ltanOwn.id}/publish`).set('Cookie', editor).expect(201);

    const both = await createPlaylist({ name: 'Hai nơi', target: { centreIds: ['lt', 'ltan'], groups: [] } });
    const preview = (await t.http.get(`/api/playlists/${both.id}/publish-preview`).set('Cookie', editor).expect(200)).body;
    const byScreen = Object.fromEntries(
      preview.screens.map((c: { screen: { id: string }; effect: string; now: { name: string } | null; next: { name: string } | null }) => [c.screen.id, [c.effect, c.now?.name, c.next?.name]]),
    );
    expect(byScreen).toEqual({ [ltScreen.deviceId]: ['replaces', 'Sảnh Long Thành', 'Hai nơi'], [ltanScreen.deviceId]: ['keeps', 'Sảnh Lộc An', 'Sảnh Lộc An'] });

    // The preview is what the publish does: the Long Thành screen is handed the new playlist.
    await t.http.post(`/api/playlists/${both.id}/publish`).set('Cookie', editor).expect(201);
    const boot = await t.http.get('/api/device/bootstrap').set('Authorization', `Bearer ${ltScreen.token}`).expect(200);
    expect(boot.body.push.version.playlistId).toBe(both.id);
    const bootLtan = await t.http.get('/api/device/bootstrap').set('Authorization', `Bearer ${ltanScreen.token}`).expect(200);
    expect(bootLtan.body.push.version.playlistId).toBe(ltanOwn.id);
  });

  it('answers 404 for a playlist that does not exist and 401 without a session', async () => {
    await t.http.get('/api/playlists/nope/publish-preview').set('Cookie', editor).expect(404);
    await t.http.get('/api/playlists/nope/publish-preview').expect(401);
  });
});
