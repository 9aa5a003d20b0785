import { DOSSIER_PATHS } from '@hcc/shared/schemas/dossier';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterEach, expect, it } from 'vitest';
import { startTestServer, type TestServer, bufferBody } from './fixtures';

let t: TestServer;
afterEach(async () => {
  await t?.close();
});

const d = (code: string, centreId: string, field: string, receivedAt: string, appointmentAt: string, resultAt: string | null) => ({
  code,
  centreId,
  field,
  procedureCode: field === 'Hộ tịch' ? '1.001193' : '2.000815',
  receivedAt,
  appointmentAt,
  status: resultAt ? 'ready' : 'processing',
  resultAt,
  updatedAt: resultAt ?? receivedAt,
  applicantName: 'Hoàng Thị Xuân Quỳnh',
});

it('the quarterly report counts dossiers by field and look-ups as a hand count does, in JSON, XLSX and DOCX', async () => {
  t = await startTestServer({}, () => new Date('2026-12-10T03:00:00Z'));
  const admin = await t.login('admin');
  const { secret } = (await t.http.post(DOSSIER_PATHS.tokens).set('Cookie', admin).send({ name: 'Một cửa tỉnh', centreId: 'dn' }).expect(201)).body;
  await t.http
    .post(DOSSIER_PATHS.batch)
    .set('Authorization', `Bearer ${secret}`)
    .send({
      rows: [
        d('Q4-000001', 'lt', 'Hộ tịch', '2026-10-05T02:00:00Z', '2026-10-10T09:00:00Z', '2026-10-08T02:00:00Z'), // early
        d('Q4-000002', 'lt', 'Hộ tịch', '2026-11-02T02:00:00Z', '2026-11-06T09:00:00Z', '2026-11-06T08:00:00Z'), // on time
        d('Q4-000003', 'ltan', 'Chứng thực', '2026-11-10T02:00:00Z', '2026-11-15T09:00:00Z', '2026-11-20T02:00:00Z'), // late
        d('Q4-000004', 'ltan', 'Chứng thực', '2026-12-01T02:00:00Z', '2026-12-04T09:00:00Z', null), // pending, overdue
        d('Q4-000005', 'lt', 'Hộ tịch', '2026-09-20T02:00:00Z', '2026-10-01T09:00:00Z', '2026-10-02T02:00:00Z'), // received before, resolved late in Q4
        d('Q4-000006', 'lt', 'Hộ tịch', '2026-09-01T02:00:00Z', '2026-09-06T09:00:00Z', '2026-09-05T02:00:00Z'), // outside
      ],
    })
    .expect(200);
  await t.http.get(DOSSIER_PATHS.lookup).query({ code: 'Q4-000001', centre: 'lt' }).expect(200);
  await t.http.get(DOSSIER_PATHS.lookup).query({ code: 'Q4-999999', centre: 'ltan' }).expect(200);

  const viewer = await t.login('viewer');
  const q = 'from=2026-10-01&to=2026-12-31&centre=dn';
  const json = (await t.http.get(`/api/reports?${q}`).set('Cookie', viewer).expect(200)).body;
  expect(json.dossiers.total).toEqual({ received: 4, resolved: 4, early: 1, onTime: 1, late: 2, onTimePct: 50, pending: 1, overdue: 1, apologies: 3 });
  expect(json.dossiers.byField.map((f: { field: string; received: number; resolved: number; late: number; pending: number }) => [f.field, f.received, f.resolved, f.late, f.pending])).toEqual([
    ['Chứng thực', 2, 1, 1, 1],
    ['Hộ tịch', 2, 3, 1, 0],
  ]);
  expect(json.dossiers.lookups).toEqual({ found: 1, notFound: 1 });

  const binary = (format: string) => t.http.get(`/api/reports?${q}&format=${format}`).set('Cookie', viewer).buffer(true).parse(bufferBody).expect(200);
  const wb = new ExcelJS.Workbook();
  const xlsx = (await binary('xlsx')).body as Buffer;
  await wb.xlsx.load(new Uint8Array(xlsx).buffer);
  const sheet = wb.getWorksheet('Hồ sơ TTHC');
  const rows = (sheet?.getSheetValues() ?? []).filter(Array.isArray) as unknown[][];
  expect(rows[1]?.slice(2, 11)).toEqual(['Chứng thực', 2, 1, 0, 0, 1, 1, 1, 2]);
  expect(rows[3]?.[7]).toMatchObject({ formula: 'SUM(G2:G3)', result: 2 });
  expect(rows[1]?.slice(12, 14)).toEqual(['Tìm thấy hồ sơ', 1]);

  const docx = (await binary('docx')).body as Buffer;
  const text = ((await (await JSZip.loadAsync(docx)).file('word/document.xml')?.async('string')) ?? '').replace(/<[^>]+>/g, '');
  expect(text).toContain('Trong kỳ tiếp nhận 4 hồ sơ; đã giải quyết 4 hồ sơ, trong đó trước hạn 1, đúng hạn 1, quá hạn 2 (tỷ lệ đúng hạn 50%)');
  expect(text).toContain('Số văn bản xin lỗi phải gửi: 3.');
  expect(text).toContain('tra cứu tình trạng hồ sơ 2 lượt');
  // The applicant's name reaches no export.
  for (const out of [JSON.stringify(json), text, JSON.stringify(wb.worksheets.map((ws) => ws.getSheetValues()))]) expect(out).not.toContain('Xuân Quỳnh');
});
