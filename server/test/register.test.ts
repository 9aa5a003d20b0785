import { describe, expect, it } from 'vitest';
import { type TestServer, useTestServer } from './fixtures';

let t: TestServer;
let editor: string;
useTestServer('editor', (server, cookie) => {
  t = server;
  editor = cookie;
});

const row = {
  centreId: 'lt',
  seq: 4,
  content: 'Đăng bản tin CCHC trên Trang thông tin điện tử và Zalo OA',
  product: 'Mỗi tháng ít nhất 2 bản tin',
  lead: 'Phòng Văn hóa – Xã hội',
  partners: '',
  timing: 'Thường xuyên',
  measure: { count: 2, per: 'month' },
  measuredBy: 'register',
};
const entry = (over: Record<string, unknown> = {}) => ({
  centreId: 'lt',
  date: '2026-02-20',
  form: 'zalo',
  count: 1,
  title: 'Bản tin dịch vụ công trực tuyến',
  place: 'Zalo OA',
  proof: { kind: 'link', url: 'https://zalo.me/hcc/bai-1' },
  ...over,
});

describe('the evidence register', () => {
  it('records entries against a plan row, counts them in the report, and withdraws a wrong one without deleting it', async () => {
    const target = (await t.http.post('/api/plan-targets').set('Cookie', editor).send(row).expect(201)).body;
    const a = (
      await t.http
        .post('/api/register')
        .set('Cookie', editor)
        .send(entry({ targetId: target.id }))
        .expect(201)
    ).body;
    expect(a).toMatchObject({ targetId: target.id, createdBy: expect.stringMatching(/^editor-/), withdrawn: null });
    const b = (
      await t.http
        .post('/api/register')
        .set('Cookie', editor)
        .send(entry({ targetId: target.id, date: '2026-02-25', form: 'ban_tin_website', count: 3 }))
        .expect(201)
    ).body;
    const viewer = await t.login('viewer');
    const report = async () => (await t.http.get('/api/reports?from=2026-01-01&to=2026-03-31&centre=lt').set('Cookie', viewer).expect(200)).body;
    const before = await report();
    expect(before.targets[0].periods.map((p: { shown: number }) => p.shown)).toEqual([0, 4, 0]);
    expect(before.register.map((e: { id: string }) => e.id)).toEqual([a.id, b.id]);

    await t.http.post(`/api/register/${b.id}/withdraw`).set('Cookie', editor).send({ reason: 'Nhập nhầm số lượng' }).expect(200);
    await t.http.post(`/api/register/${b.id}/withdraw`).set('Cookie', editor).send({ reason: 'lần nữa' }).expect(409);
    const after = await report();
    expect(after.targets[0].periods.map((p: { shown: number }) => p.shown)).toEqual([0, 1, 0]);
    expect(after.register.map((e: { id: string }) => e.id)).toEqual([a.id]);
    const listed = (await t.http.get('/api/register?from=2026-01-01&to=2026-03-31&centre=lt').set('Cookie', viewer).expect(200)).body.items;
    expect(listed.find((e: { id: string }) => e.id === b.id).withdrawn).toMatchObject({ reason: 'Nhập nhầm số lượng' });
    const admin = await t.login('admin');
    expect((await t.http.get(`/api/audit?subject=${b.id}`).set('Cookie', admin).expect(200)).body.items.map((e: { action: string }) => e.action)).toEqual(['register.withdraw', 'register.create']);
  });

  it.each([
    ['no title', { title: '  ' }, 'title'],
    ['a count of 0', { count: 0 }, 'count'],
    ['an unknown form', { form: 'fax' }, 'form'],
    ['a link that is not a web address', { proof: { kind: 'link', url: 'javascript:alert(1)' } }, 'proof'],
    ['a date in the future', { date: '2099-01-01' }, 'date'],
    ['a photo that was never uploaded', { proof: { kind: 'media', mediaId: 'a'.repeat(64) } }, 'proof.mediaId'],
    ["another centre's plan row", { targetId: 'nope' }, 'targetId'],
  ])('refuses %s, naming the field, and stores nothing', async (_name, over, path) => {
    const res = await t.http.post('/api/register').set('Cookie', editor).send(entry(over));
    expect(res.status).toBe(400);
    expect(res.body.issues.map((i: { path: string }) => i.path).join(' ')).toContain(path);
    expect((await t.http.get('/api/register?from=2000-01-01&to=2099-12-31').set('Cookie', editor).expect(200)).body.items).toEqual([]);
  });

  it('keeps staff to their own centre and viewers to reading', async () => {
    const lt = await t.login('editor', 'lt');
    await t.http
      .post('/api/register')
      .set('Cookie', lt)
      .send(entry({ centreId: 'ltan' }))
      .expect(403);
    const mine = (await t.http.post('/api/register').set('Cookie', lt).send(entry()).expect(201)).body;
    await t.http
      .post(`/api/register/${mine.id}/withdraw`)
      .set('Cookie', await t.login('editor', 'ltan'))
      .send({ reason: 'x' })
      .expect(403);
    await t.http
      .post('/api/register')
      .set('Cookie', await t.login('viewer'))
      .send(entry())
      .expect(403);
  });

  it("keeps an entry's proof file: the library refuses to delete it, withdrawn or not, whoever asks", async () => {
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('hội nghị tuyên truyền')]);
    const media = (await t.http.post('/api/media').set('Cookie', editor).attach('file', png, 'hoi-nghi.png').expect(201)).body;
    const e = (
      await t.http
        .post('/api/register')
        .set('Cookie', editor)
        .send(entry({ proof: { kind: 'media', mediaId: media.id } }))
        .expect(201)
    ).body;
    await t.http.post(`/api/register/${e.id}/withdraw`).set('Cookie', editor).send({ reason: 'Nhập nhầm ngày' }).expect(200);
    for (const cookie of [editor, await t.login('editor', 'ltan')]) {
      const refused = await t.http.delete(`/api/media/${media.id}`).set('Cookie', cookie).expect(409);
      expect(refused.body.message).toMatch(/evidence register/);
    }
    await t.http.get(`/media/${media.id}`).expect(200);
  });

  it('keeps the first withdrawal: a second one changes nothing', async () => {
    const e = (await t.http.post('/api/register').set('Cookie', editor).send(entry()).expect(201)).body;
    await expect(t.deps.store.register.withdraw(e.id, { at: new Date().toISOString(), by: 'x', reason: 'y' })).resolves.toBe(true);
    await expect(t.deps.store.register.withdraw(e.id, { at: new Date().toISOString(), by: 'x', reason: 'z' })).resolves.toBe(false);
  });
});
