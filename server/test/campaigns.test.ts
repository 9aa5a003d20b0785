import type { PlaylistPushOnWire } from '@hcc/shared/events';
import { describe, expect, it } from 'vitest';
import { makeShowing, type TestServer, useTestServer, waitFor } from './fixtures';

let t: TestServer;
let admin: string;
useTestServer('admin', (server, cookie) => {
  t = server;
  admin = cookie;
});

const text = (id: string, title = id) => ({ id, kind: 'text', title, durationMs: 10_000, heading: title, body: '', form: 'ban_tin', reformArea: 'tthc' });
const campaignRef = (campaignId: string, skip: string[] = []) => ({ id: 'place', kind: 'campaign', title: 'Chiến dịch của tỉnh', campaignId, skip });

/** The province ('dn') addresses a campaign to its communes 'lt' and 'ltan'. */
async function provinceCampaign(cookie: string, items = [text('c1', 'Chiến dịch 1'), text('c2', 'Chiến dịch 2')]) {
  const id = (
    await t.http
      .post('/api/playlists')
      .set('Cookie', cookie)
      .send({ name: 'Chiến dịch DVC', centreId: 'dn', target: { centreIds: ['lt', 'ltan'] }, items })
      .expect(201)
  ).body.id as string;
  await t.http.post(`/api/playlists/${id}/publish`).set('Cookie', cookie).expect(201);
  return id;
}

describe('province campaigns', () => {
  it("play inside a commune's own playlist where it puts them, less what it skips, and follow the campaign's next version", async () => {
    const province = await t.login('editor', 'dn');
    const commune = await t.login('editor', 'lt');
    const campaign = await provinceCampaign(province);
    const lt = await t.pairDevice({ centreId: 'lt' });
    const ltan = await t.pairDevice({ centreId: 'ltan' });
    const [ltScreen, ltanScreen] = [await t.connectDevice(lt.token), await t.connectDevice(ltan.token)];

    const own = (
      await t.http
        .post('/api/playlists')
        .set('Cookie', commune)
        .send({ name: 'Long Thành', centreId: 'lt', target: {}, items: [text('local'), campaignRef(campaign, ['c2'])] })
        .expect(201)
    ).body.id as string;
    const first = waitFor<PlaylistPushOnWire>(ltScreen, 'playlist:update');
    await t.http.post(`/api/playlists/${own}/publish`).set('Cookie', commune).expect(201);
    const v1 = (await first).version;
    expect(v1.items.map((i) => i.id)).toEqual(['local', 'c1']);
    expect(v1.items[1]?.campaign).toEqual({ playlistId: campaign, version: 1, name: 'Chiến dịch DVC' });
    // The draft with its campaign place is the console's; a screen plays the items.
    expect(v1).not.toHaveProperty('source');

    // The province edits its campaign: Long Thành's playlist goes out again with it; Lộc Tấn, with
    // nothing of its own, plays the campaign itself.
    const again = waitFor<PlaylistPushOnWire>(ltScreen, 'playlist:update');
    const direct = waitFor<PlaylistPushOnWire>(ltanScreen, 'playlist:update');
    const campaignDraft = (await t.http.get(`/api/playlists/${campaign}`).set('Cookie', province).expect(200)).body;
    await t.http
      .put(`/api/playlists/${campaign}`)
      .set('Cookie', province)
      .send({ name: campaignDraft.name, centreId: 'dn', target: campaignDraft.target, items: [text('c1', 'Chiến dịch 1 (sửa)'), text('c2'), text('c3')], baseRevision: campaignDraft.revision })
      .expect(200);
    await t.http.post(`/api/playlists/${campaign}/publish`).set('Cookie', province).expect(201);
    const v2 = (await again).version;
    expect(v2).toMatchObject({ playlistId: own, version: 2 });
    expect(v2.publishedBy).toContain('chiến dịch');
    expect(v2.items.map((i) => [i.id, i.title])).toEqual([
      ['local', 'local'],
      ['c1', 'Chiến dịch 1 (sửa)'],
      ['c3', 'c3'],
    ]);
    expect((await direct).version).toMatchObject({ playlistId: campaign, version: 2 });
    // The commune's own screens were never handed the campaign on its own.
    const boot = (await t.http.get('/api/device/bootstrap').set('Authorization', `Bearer ${lt.token}`).expect(200)).body;
    expect(boot.push.version).toMatchObject({ playlistId: own, version: 2 });
  });

  it('counts campaign items shown in communes under the same item in the province report', async () => {
    const province = await t.login('editor', 'dn');
    const campaign = await provinceCampaign(province);
    const own = (
      await t.http
        .post('/api/playlists')
        .set('Cookie', admin)
        .send({ name: 'Long Thành', centreId: 'lt', target: {}, items: [campaignRef(campaign)] })
        .expect(201)
    ).body.id as string;
    await t.http.post(`/api/playlists/${own}/publish`).set('Cookie', admin).expect(201);
    const lt = await t.pairDevice({ centreId: 'lt' });
    const ltan = await t.pairDevice({ centreId: 'ltan' });
    const show = (deviceId: string, playlistId: string, startedAt = '2026-03-02T08:00:00+07:00') => makeShowing({ deviceId, playlistId, startedAt, itemId: 'c1' });
    await t.deps.store.impressions.insertBatch([show(lt.deviceId, own), show(lt.deviceId, own, '2026-03-02T08:00:10+07:00'), show(ltan.deviceId, campaign)], new Date().toISOString());
    const r = (await t.http.get('/api/reports?from=2026-03-01&to=2026-03-31&centre=dn').set('Cookie', admin).expect(200)).body;
    expect(r.showings.byItem).toEqual([expect.objectContaining({ key: 'c1', label: 'Chiến dịch 1', showings: 3, screens: 2 })]);
  });

  it('refuses a campaign that is not addressed to the centre, or included twice', async () => {
    const province = await t.login('editor', 'dn');
    const campaign = (
      await t.http
        .post('/api/playlists')
        .set('Cookie', province)
        .send({ name: 'Chỉ Lộc Tấn', centreId: 'dn', target: { centreIds: ['ltan'] }, items: [text('c1')] })
        .expect(201)
    ).body.id as string;
    await t.http.post(`/api/playlists/${campaign}/publish`).set('Cookie', province).expect(201);
    const make = async (items: unknown[]) => (await t.http.post('/api/playlists').set('Cookie', admin).send({ name: 'LT', centreId: 'lt', target: {}, items }).expect(201)).body.id as string;
    const notForUs = await make([text('x'), campaignRef(campaign)]);
    expect((await t.http.post(`/api/playlists/${notForUs}/publish`).set('Cookie', admin).expect(400)).body.message).toMatch(/not a published campaign .* addressed to it/);
    const other = await provinceCampaign(province);
    const twice = await make([campaignRef(other), { ...campaignRef(other), id: 'place-2' }]);
    expect((await t.http.post(`/api/playlists/${twice}/publish`).set('Cookie', admin).expect(400)).body.message).toMatch(/included twice/);
  });
});

describe('centre-scoped staff', () => {
  it("lets a commune editor change only its own centre's content, and the province's staff the province and its communes", async () => {
    const province = await t.login('editor', 'dn');
    const commune = await t.login('editor', 'lt');
    const campaign = await provinceCampaign(province);
    const draft = (await t.http.get(`/api/playlists/${campaign}`).set('Cookie', commune).expect(200)).body;

    // The commune may read the campaign, not change or publish it.
    const edit = await t.http
      .put(`/api/playlists/${campaign}`)
      .set('Cookie', commune)
      .send({ name: 'Đổi tên', centreId: 'dn', target: draft.target, items: draft.items, baseRevision: draft.revision })
      .expect(403);
    expect(edit.body.message).toMatch(/outside it/);
    await t.http.post(`/api/playlists/${campaign}/publish`).set('Cookie', commune).expect(403);
    await t.http.post(`/api/playlists/${campaign}/rollback`).set('Cookie', commune).send({ version: 1 }).expect(403);
    // Nor a neighbour's playlist, nor aim its own at the neighbour's screens.
    await t.http
      .post('/api/playlists')
      .set('Cookie', commune)
      .send({ name: 'Lộc Tấn', centreId: 'ltan', target: {}, items: [text('a')] })
      .expect(403);
    await t.http
      .post('/api/playlists')
      .set('Cookie', commune)
      .send({ name: 'LT', centreId: 'lt', target: { centreIds: ['lt', 'ltan'] }, items: [text('a')] })
      .expect(403);
    const ownId = (
      await t.http
        .post('/api/playlists')
        .set('Cookie', commune)
        .send({ name: 'LT', centreId: 'lt', target: {}, items: [text('a')] })
        .expect(201)
    ).body.id as string;
    // The province's editor may change the commune's playlist.
    await t.http.post(`/api/playlists/${ownId}/publish`).set('Cookie', province).expect(201);

    // The same line for plan rows, screens and emergency messages.
    const row = { seq: 1, content: 'Bản tin', product: 'Mỗi tháng 02', lead: '', partners: '', timing: '' };
    await t.http
      .post('/api/plan-targets')
      .set('Cookie', commune)
      .send({ ...row, centreId: 'ltan' })
      .expect(403);
    await t.http
      .post('/api/plan-targets')
      .set('Cookie', commune)
      .send({ ...row, centreId: 'lt' })
      .expect(201);
    const neighbour = await t.pairDevice({ centreId: 'ltan' });
    await t.http.patch(`/api/devices/${neighbour.deviceId}`).set('Cookie', commune).send({ name: 'Đổi tên' }).expect(403);
    await t.http.post(`/api/devices/${neighbour.deviceId}/revoke`).set('Cookie', commune).expect(403);
    await t.http.post('/api/emergencies').set('Cookie', commune).send({ text: 'Mất điện', centreIds: [], durationMinutes: 30 }).expect(403);
    await t.http
      .post('/api/emergencies')
      .set('Cookie', commune)
      .send({ text: 'Mất điện', centreIds: ['ltan'], durationMinutes: 30 })
      .expect(403);
    await t.http
      .post('/api/emergencies')
      .set('Cookie', commune)
      .send({ text: 'Mất điện', centreIds: ['lt'], durationMinutes: 30 })
      .expect(201);
    await t.http.delete('/api/emergencies').set('Cookie', commune).expect(403);
  });
});
