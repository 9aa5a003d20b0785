import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeProcedure, startTestServer, type TestServer } from './fixtures';

let t: TestServer;
beforeEach(async () => {
  t = await startTestServer();
  await t.deps.store.procedures.upsertMany(
    [
      makeProcedure('1.002693', 'Cấp giấy phép chặt hạ, dịch chuyển cây xanh', 'Hạ tầng kỹ thuật'),
      makeProcedure('1.001193', 'Thủ tục đăng ký khai sinh', 'Hộ tịch'),
      makeProcedure('1.004873', 'Thủ tục cấp Giấy xác nhận tình trạng hôn nhân', 'Hộ tịch'),
    ],
    new Date().toISOString(),
  );
  await t.app.catalogue.reload();
});
afterEach(async () => t.close());

const find = async (q: string) => (await t.http.get('/api/procedures').query({ q }).expect(200)).body.items.map((p: { code: string }) => p.code);

describe('English names of papers', () => {
  it('find the procedure through the API as the Vietnamese for them would', async () => {
    expect((await find('birth certificate'))[0]).toBe('1.001193');
    expect((await find('how do I get a certificate of single status'))[0]).toBe('1.004873');
    // An English phrase inside Vietnamese is read too.
    expect((await find('xin giay single status o xa'))[0]).toBe('1.004873');
  });
});

describe('the needs citizens asked for that the catalogue lacks', () => {
  it('counts them by need for editors, found or not, with the commonest wordings first', async () => {
    const kiosk = `Bearer ${(await t.pairDevice({ kind: 'kiosk' })).token}`;
    const search = (q: string, results = 3) => ({ kind: 'search', q, results });
    await t.http
      .post('/api/usage/events')
      .set('Authorization', kiosk)
      .send({
        events: [
          search('trợ cấp người cao tuổi'),
          search('tro cap nguoi cao tuoi', 0),
          search('xin tiền người già ở đâu'),
          search('chuyển trường cho con'),
          // Asked for what the catalogue has: no need counted.
          search('đăng ký khai sinh'),
          search('chứng thực giấy xác nhận khuyết tật'),
        ],
      })
      .expect(200);
    const editor = await t.login('editor');
    const items = (await t.http.get('/api/search-lexicon/gaps').set('Cookie', editor).expect(200)).body.items;
    expect(items).toEqual([
      { id: 'social-assistance', topic: expect.objectContaining({ vi: expect.stringContaining('bảo trợ xã hội') }), count: 3, examples: ['tro cap nguoi cao tuoi', 'xin tien nguoi gia o dau'] },
      { id: 'education', topic: expect.any(Object), count: 1, examples: ['chuyen truong cho con'] },
    ]);
    // A day range with no searches counts none; staff below editor may not read it.
    expect((await t.http.get('/api/search-lexicon/gaps?from=2001-01-01&to=2001-01-02').set('Cookie', editor).expect(200)).body.items).toEqual([]);
    await t.http.get('/api/search-lexicon/gaps?from=yesterday').set('Cookie', editor).expect(400);
    await t.http.get('/api/search-lexicon/gaps').expect(401);
    await t.http
      .get('/api/search-lexicon/gaps')
      .set('Cookie', await t.login('viewer'))
      .expect(403);
  });
});

describe('the search loop: what citizens did not find becomes a synonym', () => {
  it('offers empty searches and answers opened far down; one tap makes every kiosk find them', async () => {
    const kiosk = `Bearer ${(await t.pairDevice({ kind: 'kiosk' })).token}`;
    const screen = await t.connectDevice((await t.pairDevice({ kind: 'kiosk' })).token);
    await t.http
      .post('/api/usage/events')
      .set('Authorization', kiosk)
      .send({
        events: [
          { kind: 'search', q: 'Dọn bụi rậm', results: 0 },
          { kind: 'search', q: 'don bui ram', results: 0 },
          { kind: 'pick', q: 'giấy còn son', code: '1.004873', rank: 7 },
          { kind: 'pick', q: 'giay con son', code: '1.004873', rank: 5 },
          // Found near the top: nothing to teach.
          { kind: 'pick', q: 'khai sinh', code: '1.001193', rank: 1 },
        ],
      })
      .expect(200);
    const editor = await t.login('editor');
    const suggestions = (await t.http.get('/api/search-lexicon/suggestions').set('Cookie', editor).expect(200)).body.items;
    expect(suggestions).toEqual([
      { kind: 'empty', q: 'don bui ram', count: 2, lastDay: expect.any(String) },
      { kind: 'far', q: 'giay con son', count: 2, code: '1.004873', name: 'Thủ tục cấp Giấy xác nhận tình trạng hôn nhân', meanRank: 6, means: 'thu tuc cap giay xac nhan tinh trang hon nhan' },
    ]);

    expect(await find('don bui ram')).toEqual([]);
    const changed = new Promise<void>((resolve) => screen.once('catalogue:changed', () => resolve()));
    const versionBefore = t.app.catalogue.version;
    const added = await t.http.post('/api/search-lexicon').set('Cookie', editor).send({ say: 'Dọn bụi rậm', means: 'chặt hạ' }).expect(201);
    expect(added.body).toMatchObject({ say: 'don bui ram', means: 'chat ha', status: 'active' });
    await changed;
    expect(t.app.catalogue.version).not.toBe(versionBefore);
    expect((await find('don bui ram'))[0]).toBe('1.002693');
    // The kiosk's download carries the synonym, so offline search agrees with the server's.
    const index = (await t.http.get('/api/procedures/index').expect(200)).body;
    expect(index.lexicon).toContainEqual({ say: ['don bui ram'], means: ['chat ha'], field: '', source: 'staff' });

    // The far-down answer, taken as offered.
    const far = suggestions[1];
    await t.http.post('/api/search-lexicon').set('Cookie', editor).send({ say: far.q, means: far.means }).expect(201);
    expect((await find('giay con son'))[0]).toBe('1.004873');

    // Answered suggestions are not offered again; the changes are audited.
    expect((await t.http.get('/api/search-lexicon/suggestions').set('Cookie', editor).expect(200)).body.items).toEqual([]);
    const admin = await t.login('admin');
    const audit = (await t.http.get('/api/audit?action=search_lexicon.add').set('Cookie', admin).expect(200)).body.items;
    expect(audit.map((a: { subject: string }) => a.subject).sort()).toEqual(['don bui ram', 'giay con son']);

    // Removing it takes it out of search again.
    await t.http.delete(`/api/search-lexicon/${added.body.id}`).set('Cookie', editor).expect(200);
    expect(await find('don bui ram')).toEqual([]);
    await t.http.delete(`/api/search-lexicon/${added.body.id}`).set('Cookie', editor).expect(404);
  });

  it('dismisses a suggestion so it is not offered again, without changing search', async () => {
    const kiosk = `Bearer ${(await t.pairDevice({ kind: 'kiosk' })).token}`;
    await t.http
      .post('/api/usage/events')
      .set('Authorization', kiosk)
      .send({ events: [{ kind: 'search', q: 'asdfgh', results: 0 }] })
      .expect(200);
    const editor = await t.login('editor');
    const version = t.app.catalogue.version;
    await t.http.post('/api/search-lexicon/dismiss').set('Cookie', editor).send({ say: 'asdfgh' }).expect(200);
    expect((await t.http.get('/api/search-lexicon/suggestions').set('Cookie', editor).expect(200)).body.items).toEqual([]);
    expect(t.app.catalogue.version).toBe(version);
    expect((await t.http.get('/api/search-lexicon').set('Cookie', editor).expect(200)).body.items).toMatchObject([{ say: 'asdfgh', status: 'dismissed' }]);
  });

  it('lets only signed-in, province-wide editors change the lexicon, and refuses bad phrases with a reason', async () => {
    await t.http.get('/api/search-lexicon/suggestions').expect(401);
    await t.http.post('/api/search-lexicon').send({ say: 'ab', means: 'cd' }).expect(401);
    await t.http
      .post('/api/search-lexicon')
      .set('Cookie', await t.login('viewer'))
      .send({ say: 'ab', means: 'cd' })
      .expect(403);
    const commune = await t.http
      .post('/api/search-lexicon')
      .set('Cookie', await t.login('editor', 'lt'))
      .send({ say: 'ab', means: 'cd' })
      .expect(403);
    expect(commune.body.message).toMatch(/province-wide/);
    const editor = await t.login('editor');
    for (const body of [
      { say: '', means: 'so do' },
      { say: '🙂', means: 'so do' },
      { say: 'x'.repeat(300), means: 'so do' },
      { say: 'so do', means: 'sổ đỏ' },
      { say: 'so do' },
      { say: 'a b', means: 'c d', extra: 1 },
    ]) {
      const r = await t.http.post('/api/search-lexicon').set('Cookie', editor).send(body).expect(400);
      expect(r.body.message).toEqual(expect.any(String));
    }
    expect((await t.http.get('/api/search-lexicon').set('Cookie', editor).expect(200)).body.items).toEqual([]);
    // A kiosk's malformed pick is refused whole.
    const kiosk = `Bearer ${(await t.pairDevice({ kind: 'kiosk' })).token}`;
    await t.http
      .post('/api/usage/events')
      .set('Authorization', kiosk)
      .send({ events: [{ kind: 'pick', q: 'x', code: '1.001193', rank: 0 }] })
      .expect(400);
  });
});
