import { randomUUID } from 'node:crypto';
import type { Impression } from '@hcc/shared/schemas/impression';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../src/security/limits';
import { startTestServer, type TestServer, bufferBody } from './fixtures';

let t: TestServer;
let viewer: string;
let screens: { lt: string; ltan: string };
let playlistId: string;

/** Showings with known counts: 3 of the clip and 1 bulletin at Long Thành, 2 clips at Lộc Tấn. */
beforeEach(async () => {
  t = await startTestServer();
  viewer = await t.login('viewer');
  const editor = await t.login('editor');
  screens = { lt: (await t.pairDevice({ centreId: 'lt' })).deviceId, ltan: (await t.pairDevice({ centreId: 'ltan' })).deviceId };
  const items = [
    { id: 'news', kind: 'text', title: 'Bản tin tháng 3', durationMs: 10_000, heading: 'Tin', body: '', reformArea: 'cong_vu', form: 'ban_tin' },
    { id: 'qr', kind: 'qr', title: 'QR DVC', durationMs: 10_000, url: 'https://dichvucong.gov.vn/', caption: 'Nộp trực tuyến', reformArea: 'chinh_quyen_so', form: 'ma_qr' },
  ];
  playlistId = (
    await t.http
      .post('/api/playlists')
      .set('Cookie', editor)
      .send({ name: 'Sảnh', centreId: 'lt', target: { centreIds: ['lt', 'ltan'] }, items })
      .expect(201)
  ).body.id;
  await t.http.post(`/api/playlists/${playlistId}/publish`).set('Cookie', editor).expect(201);
  const show = (deviceId: string, itemId: string, startedAt: string): Impression => ({
    id: randomUUID(),
    deviceId,
    itemId,
    playlistId,
    playlistVersion: 1,
    startedAt,
    durationMs: 10_000,
    completed: true,
    reason: 'completed',
  });
  await t.deps.store.impressions.insertBatch(
    [
      show(screens.lt, 'qr', '2026-03-01T01:00:00Z'),
      show(screens.lt, 'qr', '2026-03-15T01:00:00Z'),
      show(screens.lt, 'qr', '2026-03-31T16:59:00Z'), // 23:59 on 31 March in Vietnam: in Q1
      show(screens.lt, 'news', '2026-03-02T08:00:00+07:00'),
      show(screens.ltan, 'qr', '2026-02-10T01:00:00Z'),
      show(screens.ltan, 'qr', '2026-02-11T01:00:00Z'),
      show(screens.ltan, 'qr', '2026-03-31T17:01:00Z'), // 00:01 on 1 April: Q2
    ],
    new Date().toISOString(),
  );
});
afterEach(async () => t.close());

const report = async (q: string) => (await t.http.get(`/api/reports?${q}`).set('Cookie', viewer).expect(200)).body;

describe('reports', () => {
  it('counts exactly what was shown in a commune, by item, form, reform area and day', async () => {
    const r = await report('from=2026-01-01&to=2026-03-31&centre=lt');
    expect(r.showings.totals).toEqual({ showings: 4, playMs: 40_000, completed: 4, screens: 1 });
    expect(r.showings.byItem.map((i: { key: string; label: string; showings: number }) => [i.label, i.showings])).toEqual([
      ['QR DVC', 3],
      ['Bản tin tháng 3', 1],
    ]);
    expect(r.showings.byForm.map((f: { key: string; showings: number }) => [f.key, f.showings])).toEqual([
      ['ma_qr', 3],
      ['ban_tin', 1],
    ]);
    expect(r.showings.byReformArea[0]).toMatchObject({ key: 'chinh_quyen_so', showings: 3 });
    expect(r.integrity).toMatchObject({ ok: true });
  });

  it('tables a year month by month from the roll-up, with the same counts as its quarters', async () => {
    const [year, q1, q2] = await Promise.all(['from=2026-01-01&to=2026-12-31', 'from=2026-01-01&to=2026-03-31', 'from=2026-04-01&to=2026-06-30'].map((p) => report(`${p}&centre=dn`)));
    expect(year.grain).toBe('month');
    expect(q1.grain).toBe('day');
    expect(year.showings.totals.showings).toBe(q1.showings.totals.showings + q2.showings.totals.showings);
    expect(year.showings.byDay.map((d: { key: string; showings: number }) => [d.key, d.showings])).toEqual([
      ['2026-02-01', 2],
      ['2026-03-01', 4],
      ['2026-04-01', 1],
    ]);
    expect(year.showings.byItem.find((i: { key: string }) => i.key === 'qr')).toMatchObject({ showings: 6, first: '2026-02-10T01:00:00.000Z', last: '2026-03-31T17:01:00.000Z' });
  });

  it('exports the same counts as XLSX (formulas included) and as a Decree 30 DOCX', async () => {
    const q = 'from=2026-01-01&to=2026-03-31&centre=dn';
    const binary = (format: string) => t.http.get(`/api/reports?${q}&format=${format}`).set('Cookie', viewer).buffer(true).parse(bufferBody);
    const xlsx = await binary('xlsx')
      .expect(200)
      .expect('Content-Type', /spreadsheetml/)
      .expect('Content-Disposition', /bao-cao-dn-2026-01-01-2026-03-31\.xlsx/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(new Uint8Array(xlsx.body as Buffer).buffer);
    const items = wb.getWorksheet('Theo nội dung');
    const rows = (items?.getSheetValues() ?? []).filter(Array.isArray) as unknown[][];
    expect(rows.map((r) => [r[2], r[6]]).slice(1, 3)).toEqual([
      ['QR DVC', 5],
      ['Bản tin tháng 3', 1],
    ]);
    const total = items?.getRow(4).getCell(6).value as { formula: string; result: number };
    expect(total).toEqual({ formula: 'SUM(F2:F3)', result: 6 });

    const docx = await binary('docx')
      .expect(200)
      .expect('Content-Type', /wordprocessingml/);
    const xml = await (await JSZip.loadAsync(docx.body as Buffer)).file('word/document.xml')?.async('string');
    const text = (xml ?? '').replace(/<[^>]+>/g, ' ');
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain('quý I năm 2026');
    expect(text).toMatch(/QR DVC[\s\S]*\b5\b/);
    expect(text).toContain('Nơi nhận');
    await t.http.get(`/api/reports?${q}&format=pdf`).set('Cookie', viewer).expect(400);
  });

  it('prints the same play time in every table, its rows adding up to it (XLSX and DOCX)', async () => {
    const binary = (q: string) => t.http.get(`/api/reports?${q}`).set('Cookie', viewer).buffer(true).parse(bufferBody).expect(200);
    // Long Thành's quarter: four showings of 10 s on four days, 40 s = 0.7 minutes; each day alone rounds to 0.2.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(new Uint8Array((await binary('from=2026-01-01&to=2026-03-31&centre=lt&format=xlsx')).body as Buffer).buffer);
    const minutesTotal = (sheet: string, column: number) => {
      const ws = wb.getWorksheet(sheet);
      let total: unknown;
      ws?.eachRow((row) => {
        if (row.getCell(2).value === 'Tổng cộng') total = (row.getCell(column).value as { result: number }).result;
      });
      // The cached result is a sum of floats (0.2 + 0.2 + 0.2 + 0.1); Excel shows it to one decimal.
      return Math.round(Number(total) * 1e9) / 1e9;
    };
    expect([
      minutesTotal('Theo nội dung', 7),
      minutesTotal('Lĩnh vực CCHC', 4),
      minutesTotal('Hình thức', 4),
      minutesTotal('Màn hình', 5),
      minutesTotal('Đơn vị', 4),
      minutesTotal('Theo ngày', 4),
    ]).toEqual([0.7, 0.7, 0.7, 0.7, 0.7, 0.7]);

    // Lộc Tấn's April: 30 s of the QR code and 30 s of the bulletin, a minute together; each alone rounds up to one.
    const base = { playlistId, playlistVersion: 1, deviceId: screens.ltan, completed: true, reason: 'completed' as const };
    await t.deps.store.impressions.insertBatch(
      [
        { ...base, id: randomUUID(), itemId: 'qr', startedAt: '2026-04-02T02:00:00Z', durationMs: 10_000 },
        { ...base, id: randomUUID(), itemId: 'news', startedAt: '2026-04-03T02:00:00Z', durationMs: 10_000 },
        { ...base, id: randomUUID(), itemId: 'news', startedAt: '2026-04-03T03:00:00Z', durationMs: 10_000 },
        { ...base, id: randomUUID(), itemId: 'news', startedAt: '2026-04-03T04:00:00Z', durationMs: 10_000 },
      ],
      new Date().toISOString(),
    );
    const docx = await binary('from=2026-04-01&to=2026-04-30&centre=ltan&format=docx');
    const xml = (await (await JSZip.loadAsync(docx.body as Buffer)).file('word/document.xml')?.async('string')) ?? '';
    const text = xml.replace(/<[^>]+>/g, ' ');
    const byForm = text.slice(text.indexOf('a) Theo hình thức'), text.indexOf('b) Theo lĩnh vực'));
    const minutes = [...byForm.matchAll(/(\d+) phút/g)].map((m) => Number(m[1]));
    expect(minutes).toHaveLength(3);
    expect((minutes[0] ?? 0) + (minutes[1] ?? 0)).toBe(minutes[2]);
    expect(minutes[2]).toBe(1);
  });

  it('rolls a province up over its communes: the sum of theirs', async () => {
    const [province, lt, ltan] = await Promise.all(['dn', 'lt', 'ltan'].map((c) => report(`from=2026-01-01&to=2026-03-31&centre=${c}`)));
    expect(province.showings.totals.showings).toBe(lt.showings.totals.showings + ltan.showings.totals.showings);
    expect(province.showings.totals.showings).toBe(6);
    expect(province.showings.byCentre.map((c: { label: string; showings: number }) => [c.label, c.showings])).toEqual([
      ['Xã Long Thành', 4],
      ['Xã Lộc Tấn', 2],
    ]);
  });

  it('adds the kiosk: searches, those without result, and the most viewed procedures of the period', async () => {
    const kiosk = (await t.pairDevice({ kind: 'kiosk' })).token;
    await t.http
      .post('/api/usage/events')
      .set('Authorization', `Bearer ${kiosk}`)
      .send({
        events: [
          { kind: 'view', code: '1.001193' },
          { kind: 'view', code: '1.001193' },
          { kind: 'view', code: '1.000894' },
          { kind: 'search', q: 'khai sinh', results: 4 },
          { kind: 'search', q: 'xyz', results: 0 },
        ],
      })
      .expect(200);
    const today = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
    const r = await report(`from=${today}&to=${today}`);
    expect(r.kiosk).toMatchObject({
      searches: 2,
      withoutResult: 1,
      mostViewed: [
        { code: '1.001193', count: 2 },
        { code: '1.000894', count: 1 },
      ],
      emptySearches: [{ q: 'xyz', count: 1 }],
    });
    expect((await report('from=2025-01-01&to=2025-01-31')).kiosk).toMatchObject({ searches: 0, mostViewed: [] });
  });

  it('gives raw impressions as CSV for the period and scope', async () => {
    const res = await t.http.get('/api/reports?from=2026-04-01&to=2026-06-30&centre=ltan&format=csv').set('Cookie', viewer).expect(200);
    expect(res.headers['content-type']).toContain('text/csv');
    const lines = res.text.trim().split('\r\n');
    expect(lines).toHaveLength(2);
    // Vietnamese headers, the item's name beside its id, and Vietnam's wall clock with its offset.
    expect((lines[0] ?? '').replace(/^\uFEFF/, '')).toBe(
      'Mã lượt phát,Màn hình,Mã màn hình,Trung tâm,Mã trung tâm,Nội dung,Mã nội dung,Hình thức,Mã danh sách phát,Phiên bản,Bắt đầu (giờ Việt Nam),Thời lượng (giây),Kết quả,Mã kết quả,Số lượt,Lần phát cuối (giờ Việt Nam)',
    );
    expect(lines[1]).toContain(',QR DVC,qr,Mã QR,');
    expect(lines[1]).toContain(',2026-04-01T00:01:00+07:00,10,Phát trọn,completed,1,');
  });

  it("reads a long period's raw log a week at a time, every showing on its line once, in order", async () => {
    const store = t.deps.store.impressions;
    const read = store.between.bind(store);
    const spans: number[] = [];
    store.between = async (from, to) => (spans.push((Date.parse(to) - Date.parse(from)) / 86_400_000), read(from, to));
    const lines = (await t.http.get('/api/reports?from=2026-01-01&to=2026-03-31&centre=lt&format=csv').set('Cookie', viewer).expect(200)).text.trim().split('\r\n').slice(1);
    expect(Math.max(...spans)).toBeLessThanOrEqual(7);
    expect(spans.reduce((a, b) => a + b, 0)).toBe(90);
    expect(lines.map((l) => l.split(',')[10])).toEqual(['2026-03-01T08:00:00+07:00', '2026-03-02T08:00:00+07:00', '2026-03-15T08:00:00+07:00', '2026-03-31T23:59:00+07:00']);
  });

  it("gives failed and interrupted showings a count of 0 in the CSV, so its 'Số lượt' column adds up to the report", async () => {
    const base = { playlistId, playlistVersion: 1, deviceId: screens.ltan, itemId: 'qr' };
    await t.deps.store.impressions.insertBatch(
      [
        { ...base, id: randomUUID(), startedAt: '2026-04-02T02:00:00Z', durationMs: 4_000, completed: false, reason: 'interrupted' },
        { ...base, id: randomUUID(), startedAt: '2026-04-02T03:00:00Z', durationMs: 0, completed: false, reason: 'failed' },
        { ...base, id: randomUUID(), startedAt: '2026-04-02T04:00:00Z', durationMs: 10_000, completed: false, reason: 'preempted' },
      ],
      new Date().toISOString(),
    );
    const q = 'from=2026-04-01&to=2026-06-30&centre=ltan';
    const csv = (await t.http.get(`/api/reports?${q}&format=csv`).set('Cookie', viewer).expect(200)).text;
    const lines = csv.trim().split('\r\n').slice(1);
    expect(lines).toHaveLength(4);
    // Cells with a comma ("Lỗi, không phát được") are quoted.
    const cells = (l: string) => [...l.matchAll(/("(?:[^"]|"")*"|[^,]*)(?:,|$)/g)].map((m) => m[1]);
    const count = (reason: string) => cells(lines.find((l) => l.includes(`,${reason},`)) ?? '')[14];
    expect([count('completed'), count('interrupted'), count('failed'), count('preempted')]).toEqual(['1', '0', '0', '1']);
    const sum = lines.reduce((n, l) => n + Number(cells(l)[14]), 0);
    expect(sum).toBe((await report(q)).showings.totals.showings);
  });

  it('answers bad periods and unknown centres clearly, and an empty period honestly', async () => {
    const backwards = await t.http.get('/api/reports?from=2026-03-31&to=2026-01-01').set('Cookie', viewer).expect(400);
    expect(backwards.body.message).toContain('runs backwards');
    expect((await t.http.get('/api/reports?from=2020-01-01&to=2026-01-01').set('Cookie', viewer).expect(400)).body.message).toContain('at most 400 days');
    await t.http.get('/api/reports?from=2026-13-01&to=2026-14-01').set('Cookie', viewer).expect(400);
    await t.http.get('/api/reports?from=2026-01-01&to=2026-01-31&centre=nowhere').set('Cookie', viewer).expect(404);
    await t.http.get('/api/reports?from=2026-01-01&to=2026-01-31').expect(401);
    const empty = await report('from=2025-01-01&to=2025-01-31');
    expect(empty.showings.totals).toEqual({ showings: 0, playMs: 0, completed: 0, screens: 0 });
    expect(empty.satisfaction.n).toBe(0);
  });

  it('bounds the reports one account has built, in any format, while a mistyped period costs nothing', async () => {
    const small = await startTestServer({ limits: { ...DEFAULT_LIMITS, reports: { ...DEFAULT_LIMITS.reports, perUser: 3 } } });
    try {
      const [one, other] = [await small.login('editor'), await small.login('viewer')];
      const period = 'from=2026-01-01&to=2026-03-31';
      await small.http.get('/api/reports?from=2026-03-31&to=2026-01-01').set('Cookie', one).expect(400);
      await small.http.get(`/api/reports?${period}&format=docx`).set('Cookie', one).expect(200);
      await small.http.get(`/api/reports/narrative?${period}`).set('Cookie', one).expect(200);
      await small.http.get(`/api/reports?${period}&format=csv`).set('Cookie', one).expect(200);
      const refused = await small.http.get(`/api/reports?${period}&format=xlsx`).set('Cookie', one).expect(429);
      expect(refused.body).toMatchObject({ code: 'rate_limited', message: expect.stringContaining('reports built') });
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
      const issue = await small.http.post('/api/reports/issue').set('Cookie', one).send({ from: '2026-01-01', to: '2026-03-31', centre: 'lt', number: null });
      expect(issue.status).toBe(429);
      expect((await small.http.get('/api/reports/archive').set('Cookie', one).expect(200)).body.items).toEqual([]);
      // Another account's quota is its own.
      await small.http.get(`/api/reports?${period}`).set('Cookie', other).expect(200);
    } finally {
      await small.close();
    }
  });

  it("builds one account's reports in turns: a burst waits or is refused, another account is not held up", async () => {
    const { waitingPerUser, runningPerUser } = DEFAULT_LIMITS.reports;
    let running = 0;
    let most = 0;
    const store = t.deps.store.impressions;
    const groups = store.groups.bind(store);
    store.groups = async (...args) => {
      most = Math.max(most, (running += 1));
      try {
        await new Promise((resolve) => setTimeout(resolve, 300));
        return await groups(...args);
      } finally {
        running -= 1;
      }
    };
    const burst = await Promise.all(Array.from({ length: 10 }, () => t.http.get('/api/reports?from=2026-01-01&to=2026-03-31&centre=lt').set('Cookie', viewer)));
    const built = burst.filter((r) => r.status === 200).length;
    expect(built).toBe(runningPerUser + waitingPerUser);
    expect(most).toBe(runningPerUser);
    const refused = burst.find((r) => r.status === 429);
    expect(refused?.body.message).toContain('already being built');
    expect(refused?.headers['retry-after']).toBe('5');
    // The refused were not charged: the quota counts what was built.
    await t.http.get('/api/reports?from=2026-01-01&to=2026-03-31&centre=lt').set('Cookie', viewer).expect(200);
    await t.http
      .get('/api/reports?from=2026-01-01&to=2026-03-31&centre=lt')
      .set('Cookie', await t.login('viewer'))
      .expect(200);
  });

  it('keeps plan targets per centre (editors write, audited) and reports progress against them', async () => {
    const editor = await t.login('editor');
    const row = {
      centreId: 'lt',
      seq: 1,
      content: 'Mã QR dịch vụ công tại sảnh',
      product: 'Mỗi tháng ít nhất 01 mã QR',
      lead: 'Trung tâm Phục vụ HCC',
      partners: '',
      timing: 'Thường xuyên',
      form: 'ma_qr',
      measure: { count: 1, per: 'month' },
    };
    const target = (await t.http.post('/api/plan-targets').set('Cookie', editor).send(row).expect(201)).body;
    await t.http.post('/api/plan-targets').set('Cookie', viewer).send(row).expect(403);
    expect(
      (
        await t.http
          .post('/api/plan-targets')
          .set('Cookie', editor)
          .send({ ...row, measure: { count: 0, per: 'month' } })
          .expect(400)
      ).body.issues[0].path,
    ).toBe('measure.count');
    await t.http
      .post('/api/plan-targets')
      .set('Cookie', editor)
      .send({ ...row, centreId: 'nowhere' })
      .expect(400);

    // Before any item is tagged to the row, the QR shown in March counts for nothing: its form alone does not.
    expect((await report('from=2026-01-01&to=2026-03-31&centre=lt')).targets[0].periods.map((p: { shown: number }) => p.shown)).toEqual([0, 0, 0]);
    const draft = (await t.http.get(`/api/playlists/${playlistId}`).set('Cookie', editor).expect(200)).body;
    const items = draft.items.map((i: { id: string }) => (i.id === 'qr' ? { ...i, targetId: target.id } : i));
    await t.http.put(`/api/playlists/${playlistId}`).set('Cookie', editor).send({ name: draft.name, centreId: draft.centreId, target: draft.target, items, baseRevision: draft.revision }).expect(200);
    await t.http.post(`/api/playlists/${playlistId}/publish`).set('Cookie', editor).expect(201);
    await t.deps.store.impressions.insertBatch(
      [{ id: randomUUID(), deviceId: screens.lt, itemId: 'qr', playlistId, playlistVersion: 2, startedAt: '2026-03-20T02:00:00Z', durationMs: 10_000, completed: true, reason: 'completed' }],
      new Date().toISOString(),
    );
    const r = await report('from=2026-01-01&to=2026-03-31&centre=lt');
    const progress = r.targets.find((p: { targetId: string }) => p.targetId === target.id);
    // The tagged QR item was shown at Long Thành in March only: January and February are behind.
    expect(progress.periods.map((p: { from: string; shown: number }) => [p.from, p.shown])).toEqual([
      ['2026-01-01', 0],
      ['2026-02-01', 0],
      ['2026-03-01', 1],
    ]);
    expect(progress).toMatchObject({ status: 'behind', items: ['QR DVC'] });

    await t.http
      .put(`/api/plan-targets/${target.id}`)
      .set('Cookie', editor)
      .send({ ...row, measure: { count: 1, per: 'quarter' } })
      .expect(200);
    expect((await report('from=2026-01-01&to=2026-03-31&centre=lt')).targets[0].status).toBe('met');
    await t.http.delete(`/api/plan-targets/${target.id}`).set('Cookie', editor).expect(200);
    expect((await report('from=2026-01-01&to=2026-03-31&centre=lt')).targets).toEqual([]);
    const admin = await t.login('admin');
    expect((await t.http.get('/api/audit?action=plan.update').set('Cookie', admin).expect(200)).body.items).toHaveLength(1);
  });
});
