import type { Procedure } from '@hcc/shared/schemas/procedure';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './fixtures';

const makeProcedure = (code: string, name: string, field = 'Hộ tịch'): Procedure => ({
  code,
  name,
  level: ['xa'],
  field,
  agency: 'Ủy ban nhân dân cấp xã',
  decision: null,
  channels: [{ kind: 'truc_tiep', time: '03 ngày làm việc', fee: 'Miễn phí', description: null }],
  dossier: [],
  steps: [],
  requirements: null,
  legalBasis: [],
  result: null,
  portalUrl: 'https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=1',
  source: { kind: 'manual', ref: 'test', flags: [] },
});

let t: TestServer;
beforeEach(async () => {
  t = await startTestServer();
  await t.deps.store.procedures.upsertMany(
    [makeProcedure('1.001193', 'Thủ tục đăng ký khai sinh'), makeProcedure('1.004873', 'Thủ tục cấp Giấy xác nhận tình trạng hôn nhân'), makeProcedure('2.000815', 'Chứng thực bản sao từ bản chính', 'Chứng thực')],
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

  it.each([
    [{ q: 'a', limit: 'many' }],
    [{ q: 'a', limit: 0 }],
    [{ q: 'a', limit: 1000 }],
    [{ q: 'x'.repeat(600) }],
    [{ q: 'a', sort: 'name' }],
  ])('refuses bad query parameters %j with a 400', async (query) => {
    const res = await t.http.get('/api/procedures').query(query).expect(400);
    expect(res.body.code).toBe('validation');
  });

  it('returns a procedure by code, and a clear 404 or 400 otherwise', async () => {
    const p = (await t.http.get('/api/procedures/1.001193').expect(200)).body;
    expect(p.channels[0]).toMatchObject({ kind: 'truc_tiep', fee: 'Miễn phí' });
    expect((await t.http.get('/api/procedures/9.999999').expect(404)).body.message).toContain('9.999999');
    await t.http.get('/api/procedures/DROP%20TABLE').expect(400);
  });

  it('searches one centre’s procedures when asked', async () => {
    await t.deps.store.procedures.setCentreCodes('lt', ['1.001193']);
    expect((await t.http.get('/api/procedures').query({ q: 'thu tuc', centre: 'lt' }).expect(200)).body.items.map((p: { code: string }) => p.code)).toEqual(['1.001193']);
    await t.http.get('/api/procedures').query({ q: 'a', centre: 'atlantis' }).expect(404);
  });
});
