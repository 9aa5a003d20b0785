import { get, type IncomingMessage } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeProcedure, startTestServer, type TestServer } from './fixtures';

let t: TestServer;
beforeEach(async () => {
  t = await startTestServer();
  await t.deps.store.procedures.upsertMany(
    [
      makeProcedure('1.001193', 'Thủ tục đăng ký khai sinh'),
      makeProcedure('1.004873', 'Thủ tục cấp Giấy xác nhận tình trạng hôn nhân'),
      makeProcedure('2.000815', 'Chứng thực bản sao từ bản chính', 'Chứng thực'),
    ],
    new Date().toISOString(),
  );
  await t.app.catalogue.reload();
});
afterEach(async () => t.close());

describe('GET /api/procedures', () => {
  it.each([
    ['dang ky khai sinh', '1.001193'],
    ['ĐĂNG KÝ KHAI SINH', '1.001193'],
    ['Đăng ký khai sinh'.normalize('NFD'), '1.001193'],
    ['xac nhan tinh trang hon nhan', '1.004873'],
    ['chứng thực', '2.000815'],
    ['2.000815', '2.000815'],
  ])('finds %j without caring for diacritics', async (q, code) => {
    const res = await t.http.get('/api/procedures').query({ q, limit: 5 }).expect(200);
    expect(res.body.items[0]).toMatchObject({ code, level: ['xa'] });
    expect(res.body.items[0]).toHaveProperty('field');
  });

  it.each([['🙂🙂🙂'], ['\u0000\u0007'], ['ক্‌খ'], ['']])('returns no result, not an error, for %j', async (q) => {
    const res = await t.http.get('/api/procedures').query({ q }).expect(200);
    expect(res.body.items).toEqual([]);
  });

  it.each([[{ q: 'a', limit: 'many' }], [{ q: 'a', limit: 0 }], [{ q: 'a', limit: 1000 }], [{ q: 'x'.repeat(600) }], [{ q: 'a', sort: 'name' }]])(
    'refuses bad query parameters %j with a 400',
    async (query) => {
      const res = await t.http.get('/api/procedures').query(query).expect(400);
      expect(res.body.code).toBe('validation');
    },
  );

  it('returns a procedure by code, and a clear 404 or 400 otherwise', async () => {
    const p = (await t.http.get('/api/procedures/1.001193').expect(200)).body;
    expect(p.channels[0]).toMatchObject({ kind: 'truc_tiep', fee: 'Miễn phí' });
    expect((await t.http.get('/api/procedures/9.999999').expect(404)).body.message).toContain('9.999999');
    await t.http.get('/api/procedures/DROP%20TABLE').expect(400);
  });

  it('ranks by the centre’s level; with no centre, commune and province procedures above central ones', async () => {
    await t.deps.store.procedures.upsertMany(
      [
        { ...makeProcedure('9.000001', 'Cấp đổi thẻ căn cước (thực hiện tại cấp trung ương)', 'Căn cước'), level: ['bo'] },
        { ...makeProcedure('9.000002', 'Cấp đổi thẻ căn cước (thực hiện tại cấp tỉnh)', 'Căn cước'), level: ['tinh'] },
        { ...makeProcedure('9.000003', 'Cấp đổi thẻ căn cước (thực hiện tại cấp xã)', 'Căn cước'), level: ['xa'] },
      ],
      new Date().toISOString(),
    );
    await t.app.catalogue.reload();
    const codes = async (query: Record<string, string>) =>
      (
        await t.http
          .get('/api/procedures')
          .query({ q: 'doi cccd', ...query })
          .expect(200)
      ).body.items.map((p: { code: string }) => p.code);
    const open = await codes({});
    expect(open.indexOf('9.000001')).toBeGreaterThan(Math.max(open.indexOf('9.000002'), open.indexOf('9.000003')));
    expect((await codes({ centre: 'dn' }))[0]).toBe('9.000002');
    expect((await codes({ centre: 'lt' }))[0]).toBe('9.000003');
  });

  it('ranks what one centre serves first, and still finds what other offices do', async () => {
    // Two offices' versions of one procedure, alike but for the code.
    await t.deps.store.procedures.upsertMany(
      [makeProcedure('9.000011', 'Cấp giấy phép bến khách ngang sông', 'Đường thủy'), makeProcedure('9.000012', 'Cấp giấy phép bến khách ngang sông', 'Đường thủy')],
      new Date().toISOString(),
    );
    await t.app.catalogue.reload();
    const codes = async (query: Record<string, string>) =>
      (
        await t.http
          .get('/api/procedures')
          .query({ q: 'giay phep ben khach ngang song', ...query })
          .expect(200)
      ).body.items.map((p: { code: string }) => p.code);
    expect((await codes({}))[0]).toBe('9.000011');
    const served = '9.000012';
    await t.deps.store.procedures.setCentreCodes('lt', [served]);
    await t.app.catalogue.reload();
    const ranked = await codes({ centre: 'lt' });
    expect(ranked[0]).toBe(served);
    expect(ranked).toContain('9.000011');
    // The kiosk gets the whole catalogue too, told which procedures to rank first.
    const index = (await t.http.get('/api/procedures/index?centre=lt').expect(200)).body;
    expect(index.selected).toEqual([served]);
    expect(index.items.length).toBe((await t.http.get('/api/procedures/index').expect(200)).body.items.length);
    await t.http.get('/api/procedures').query({ q: 'a', centre: 'atlantis' }).expect(404);
  });
});

describe('catalogue index and usage', () => {
  it('hands kiosks the catalogue with an ETag, and 304s when nothing changed', async () => {
    const first = await t.http.get('/api/procedures/index').expect(200);
    expect(first.body.items.map((p: { code: string }) => p.code)).toEqual(['1.001193', '1.004873', '2.000815']);
    const etag = first.headers.etag as string;
    await t.http.get('/api/procedures/index').set('If-None-Match', etag).expect(304);
    await t.deps.store.procedures.upsertMany([makeProcedure('1.000894', 'Thủ tục đăng ký kết hôn')], new Date().toISOString());
    await t.app.catalogue.reload();
    const after = await t.http.get('/api/procedures/index').set('If-None-Match', etag).expect(200);
    expect(after.body.items).toHaveLength(4);
    await t.http.get('/api/procedures/index?centre=nowhere').expect(404);
    // Kiosks rank their centre's level first.
    expect((await t.http.get('/api/procedures/index?centre=dn').expect(200)).body.preferLevel).toBe('tinh');
    const lt = (await t.http.get('/api/procedures/index?centre=lt').expect(200)).body;
    expect(lt.preferLevel).toBe('xa');
    // The centre's public name heads the kiosk's home screen; a kiosk of no centre gets none.
    expect(lt.centre).toMatchObject({ name: expect.any(String) });
    expect(first.body.centre).toBeNull();
  });

  it('tells kiosks the needs its catalogue has no procedure for, and stops once an import brings one', async () => {
    const ids = async () => ((await t.http.get('/api/procedures/index').expect(200)).body.gaps as { id: string }[]).map((g) => g.id);
    expect(await ids()).toContain('social-assistance');
    const before = (await t.http.get('/api/procedures/index').expect(200)).headers.etag as string;
    await t.deps.store.procedures.upsertMany([makeProcedure('2.000286', 'Thực hiện, điều chỉnh, thôi hưởng trợ cấp xã hội hằng tháng')], new Date().toISOString());
    await t.app.catalogue.reload();
    const after = await ids();
    expect(after).not.toContain('social-assistance');
    expect(after).toContain('education');
    expect((await t.http.get('/api/procedures/index').expect(200)).headers.etag).not.toBe(before);
    // A search through the API names the need as the kiosk does, while the catalogue lacks it.
    const search = async (q: string) => (await t.http.get('/api/procedures').query({ q }).expect(200)).body as { items: unknown[]; gap?: { id: string; note: { vi: string } } };
    expect((await search('chuyển trường cho con')).gap).toMatchObject({ id: 'education', note: { vi: expect.stringContaining('1022') } });
    expect((await search('trợ cấp xã hội hằng tháng')).gap).toBeUndefined();
    expect((await search('đăng ký khai sinh')).gap).toBeUndefined();
    // Asked in English, the same: read as the Vietnamese for it.
    expect((await search('school transfer for my child')).gap).toMatchObject({ id: 'education' });
  });

  it('makes the index once for many downloads, in each encoding a client takes, and again once views change', async () => {
    const catalogue = t.app.catalogue;
    const make = catalogue.indexFor.bind(catalogue);
    let made = 0;
    catalogue.indexFor = (centre) => ((made += 1), make(centre));
    // Node's own client: supertest's would decode the body before the test saw how it came.
    const download = async (encoding: string) => {
      const res = await new Promise<IncomingMessage>((resolve, reject) => get(`${t.url}/api/procedures/index`, { headers: { 'Accept-Encoding': encoding } }, resolve).on('error', reject));
      const raw = Buffer.concat(await res.toArray());
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-encoding']).toBe(encoding === 'identity' ? undefined : encoding);
      expect(res.headers.vary).toContain('Accept-Encoding');
      return JSON.parse((encoding === 'br' ? brotliDecompressSync(raw) : encoding === 'gzip' ? gunzipSync(raw) : raw).toString('utf8')) as { items: unknown[]; views: object };
    };
    const all = await Promise.all(['br', 'gzip', 'identity', 'br', 'gzip'].map(download));
    for (const index of all) expect(index).toEqual(all[0]);
    expect(all[0]?.items).toHaveLength(3);
    expect(made).toBe(1);
    // A kiosk's views change what the index carries: the next download is made afresh.
    const { token } = await t.pairDevice({ kind: 'kiosk' });
    await t.http
      .post('/api/usage/events')
      .set('Authorization', `Bearer ${token}`)
      .send({ events: [{ kind: 'view', code: '2.000815' }] })
      .expect(200);
    expect((await download('gzip')).views).toEqual({ '2.000815': 1 });
    expect(made).toBe(2);
  });

  it('counts searches and views anonymously; views rank procedures; staff see the searches that found nothing', async () => {
    const { token } = await t.pairDevice({ kind: 'kiosk' });
    await t.http
      .post('/api/usage/events')
      .set('Authorization', `Bearer ${token}`)
      .send({
        events: [
          { kind: 'search', q: 'Giấy ĐỘC THÂN', results: 0 },
          { kind: 'search', q: 'giay doc than', results: 0 },
          { kind: 'search', q: 'khai sinh', results: 3 },
          { kind: 'view', code: '2.000815' },
          { kind: 'view', code: '2.000815' },
        ],
      })
      .expect(200);
    const editor = await t.login('editor');
    const empty = (await t.http.get('/api/usage/empty-searches').set('Cookie', editor).expect(200)).body.items;
    expect(empty).toEqual([{ q: 'giay doc than', count: 2, lastDay: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) }]);
    expect((await t.http.get('/api/procedures/index').expect(200)).body.views).toEqual({ '2.000815': 2 });
    await t.http.get('/api/usage/empty-searches').expect(401);
  });

  it('refuses malformed usage reports and stores nothing from them', async () => {
    const kiosk = `Bearer ${(await t.pairDevice({ kind: 'kiosk' })).token}`;
    await t.http.post('/api/usage/events').set('Authorization', kiosk).send({ events: [] }).expect(400);
    await t.http
      .post('/api/usage/events')
      .set('Authorization', kiosk)
      .send({ events: [{ kind: 'view', code: 'not-a-code' }] })
      .expect(400);
    await t.http
      .post('/api/usage/events')
      .set('Authorization', kiosk)
      .send({ events: [{ kind: 'search', q: 'x', results: 1, phone: '0912345678' }] })
      .expect(400);
    expect((await t.deps.store.usage.views()).size).toBe(0);
  });

  it('takes usage counts only from a paired kiosk, and only so many an hour from each', async () => {
    const events = Array.from({ length: 50 }, () => ({ kind: 'view', code: '2.000815' }));
    const screen = `Bearer ${(await t.pairDevice({ kind: 'screen' })).token}`;
    expect((await t.http.post('/api/usage/events').send({ events }).expect(401)).body.message).toContain('paired kiosk');
    await t.http.post('/api/usage/events').set('Authorization', screen).send({ events }).expect(403);
    const kiosk = `Bearer ${(await t.pairDevice({ kind: 'kiosk' })).token}`;
    const codes: number[] = [];
    for (let i = 0; i < 13; i++) codes.push((await t.http.post('/api/usage/events').set('Authorization', kiosk).send({ events })).status);
    // 600 an hour: twelve batches of fifty, then the thirteenth is refused and not counted.
    expect(codes).toEqual([...Array<number>(12).fill(200), 429]);
    expect((await t.deps.store.usage.views()).get('2.000815')).toBe(600);
    // Another kiosk has its own allowance.
    await t.http
      .post('/api/usage/events')
      .set('Authorization', `Bearer ${(await t.pairDevice({ kind: 'kiosk' })).token}`)
      .send({ events })
      .expect(200);
  });
});

describe('procedures in playlists', () => {
  it('a playlist may show a procedure of the catalogue, and is refused one outside it, naming the field', async () => {
    const editor = await t.login('editor');
    const item = (procedureCode: string, id: string) => ({ id, kind: 'procedure', title: `Thủ tục ${procedureCode}`, durationMs: 15_000, procedureCode });
    const body = (items: unknown[]) => ({ name: 'Thủ tục', centreId: 'lt', target: { centreIds: [], groups: [] }, items });
    await t.http
      .post('/api/playlists')
      .set('Cookie', editor)
      .send(body([item('1.001193', 'a'), item('2.000815', 'b')]))
      .expect(201);
    const res = await t.http
      .post('/api/playlists')
      .set('Cookie', editor)
      .send(body([item('1.001193', 'a'), item('9.999999', 'b')]))
      .expect(400);
    expect(res.body.issues.map((i: { path: string }) => i.path)).toEqual(['items.1.procedureCode']);
  });
});
