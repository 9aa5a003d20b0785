import { execFile } from 'node:child_process';
import { existsSync, realpathSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Report } from '@hcc/shared/reports/report';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { reportXlsx } from '../src/reports/xlsx';
import { sampleReport } from './sample-report';

const SHEETS = ['Tổng hợp', 'Theo nội dung', 'Lĩnh vực CCHC', 'Hình thức', 'Màn hình', 'Đơn vị', 'Theo ngày', 'Chỉ tiêu kế hoạch', 'Sổ ghi nhận', 'Khảo sát', 'Kiosk'];

/** exceljs types `load` as taking its own ArrayBuffer-shaped `Buffer`, which Node's Buffer is not: hand it a copy as an ArrayBuffer. */
async function load(xlsx: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(new Uint8Array(xlsx).buffer);
  return wb;
}
const workbook = async (report: Report) => load(await reportXlsx(report));
const sheet = (wb: ExcelJS.Workbook, name: string) => {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet "${name}"`);
  return ws;
};
/** The cell beside a label on "Tổng hợp". */
const summaryCell = (wb: ExcelJS.Workbook, label: string) => {
  const ws = sheet(wb, 'Tổng hợp');
  const row = ws.getRows(1, ws.rowCount)?.find((r) => r.getCell(1).value === label);
  if (!row) throw new Error(`no "${label}" on Tổng hợp`);
  return row.getCell(2);
};
const summaryValue = (wb: ExcelJS.Workbook, label: string) => summaryCell(wb, label).value;
const formulas = (wb: ExcelJS.Workbook) => {
  const found: { sheet: string; address: string; formula: string }[] = [];
  wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((cell) => void (cell.formula && found.push({ sheet: ws.name, address: cell.address, formula: cell.formula })))));
  return found;
};

const emptyReport = () =>
  sampleReport({
    showings: { totals: { showings: 0, playMs: 0, completed: 0, screens: 0 }, byItem: [], byReformArea: [], byForm: [], byScreen: [], byCentre: [], byDay: [] },
    targets: [],
    satisfaction: { n: 0, satisfied: 0, index: 0, ci: { low: 0, high: 0 }, criteria: [] },
    satisfactionByForm: [],
    surveysExcluded: 0,
    kiosk: { searches: 0, withoutResult: 0, mostViewed: [], emptySearches: [] },
    uptime: [],
  });

describe('the XLSX report', () => {
  it('has one Vietnamese-named sheet per way of counting, the summary first', async () => {
    const wb = await workbook(sampleReport());
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(SHEETS);
  });

  it('puts each item on its own row with its count, labels and Vietnam times', async () => {
    const ws = sheet(await workbook(sampleReport()), 'Theo nội dung');
    expect(ws.getRow(1).getCell(6).value).toBe('Lượt phát');
    expect(ws.getRow(2).values).toEqual([
      undefined,
      1,
      'Clip: Dịch vụ công trực tuyến',
      'Video',
      'Xây dựng chính quyền điện tử, chính quyền số',
      'Video, clip',
      120,
      20,
      2,
      new Date('2026-01-02T08:00:00Z'),
      new Date('2026-03-30T16:00:00Z'),
    ]);
    expect([3, 4].map((r) => [ws.getCell(`B${r}`).value, ws.getCell(`F${r}`).value])).toEqual([
      ['Bản tin cải cách hành chính tháng 1', 45],
      ['QR Cổng Dịch vụ công', 9],
    ]);
    expect(ws.getCell('I2').numFmt).toBe('dd/mm/yyyy hh:mm');
  });

  it.each([
    ['Theo nội dung', 'F', 3],
    ['Lĩnh vực CCHC', 'C', 2],
    ['Hình thức', 'C', 3],
    ['Màn hình', 'D', 2],
    ['Đơn vị', 'C', 2],
    ['Theo ngày', 'C', 3],
  ])('"%s" ends with a Tổng cộng row that sums exactly its data rows', async (name, column, rows) => {
    const ws = sheet(await workbook(sampleReport()), name);
    const total = rows + 2;
    expect(ws.getCell(`B${total}`).value).toBe('Tổng cộng');
    expect(ws.getCell(`${column}${total}`).value).toEqual({ formula: `SUM(${column}2:${column}${rows + 1})`, result: 174 });
    expect(ws.rowCount).toBe(total);
  });

  it('repeats the totals on "Tổng hợp" by formula pointing at the other sheets', async () => {
    const wb = await workbook(sampleReport());
    expect(summaryValue(wb, 'Tổng số lượt phát')).toEqual({ formula: "'Theo nội dung'!F5", result: 174 });
    expect(summaryValue(wb, 'Tổng thời lượng phát (phút)')).toEqual({ formula: "'Theo nội dung'!G5", result: 29 });
    expect(summaryValue(wb, 'Lượt xem các thủ tục xem nhiều nhất')).toEqual({ formula: "'Kiosk'!D4", result: 121 });
    expect(summaryValue(wb, 'Chỉ số hài lòng')).toBe(0.9);
    expect(summaryValue(wb, 'Kết quả kiểm tra')).toBe('Toàn vẹn');
    expect(summaryValue(wb, 'Dấu vân tay chuỗi')).toBe('174-a1b2c3d4e5f6');
  });

  it('labels items and groups without a reform area or form "Chưa phân loại"', async () => {
    const base = sampleReport();
    const [clip, ...rest] = base.showings.byItem;
    if (!clip) throw new Error('the sample report has items');
    const report = sampleReport({
      showings: { ...base.showings, byItem: [{ ...clip, reformArea: null, form: null }, ...rest], byForm: [{ key: 'none', label: 'none', showings: 174, playMs: 1_740_000 }] },
    });
    const wb = await workbook(report);
    expect([sheet(wb, 'Theo nội dung').getCell('D2').value, sheet(wb, 'Theo nội dung').getCell('E2').value, sheet(wb, 'Hình thức').getCell('B2').value]).toEqual([
      'Chưa phân loại',
      'Chưa phân loại',
      'Chưa phân loại',
    ]);
  });

  it('prints every sheet on A4 landscape, one page wide, with the header row repeated and a titled page header', async () => {
    const wb = await workbook(sampleReport());
    for (const ws of wb.worksheets) {
      expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' });
      expect(ws.headerFooter.oddHeader).toContain(`${ws.name}: Tỉnh Đồng Nai — quý I năm 2026`);
    }
  });

  it('gives each period of a target its own row with the status in Vietnamese', async () => {
    const ws = sheet(await workbook(sampleReport()), 'Chỉ tiêu kế hoạch');
    expect(ws.getRow(1).values).toEqual([
      undefined,
      'Đơn vị',
      'Stt',
      'Nội dung công việc',
      'Sản phẩm',
      'Cơ quan chủ trì',
      'Cơ quan phối hợp',
      'Thời gian thực hiện',
      'Cách đo',
      'Đánh giá',
      'Từ ngày',
      'Đến ngày',
      'Yêu cầu',
      'Đã thực hiện',
      'Ghi chú',
      'Nội dung đã phát được tính',
      'Hoạt động đã ghi nhận được tính',
    ]);
    const rows = ws.getRows(2, ws.rowCount - 1)?.map((r) => [r.getCell(2).value, r.getCell(5).value, r.getCell(9).value, r.getCell(12).value, r.getCell(13).value]);
    expect(rows).toEqual([
      [1, 'Các cơ quan chuyên môn thuộc UBND xã', 'Đạt', 1, 1],
      [2, 'Phòng Văn hóa – Xã hội', 'Chưa đạt', 2, 1],
      [2, 'Phòng Văn hóa – Xã hội', 'Chưa đạt', 2, 1],
      [2, 'Phòng Văn hóa – Xã hội', 'Chưa đạt', 2, 0],
      [3, 'Phòng Văn hóa – Xã hội', 'Đơn vị tự đánh giá', null, null],
    ]);
    expect(ws.getRow(3).getCell(16).value).toBe('20/02/2026: Bản tin trên Zalo OA tháng 2');
    const register = sheet(await workbook(sampleReport()), 'Sổ ghi nhận');
    expect([register.getCell('D2').value, register.getCell('E2').value, register.getCell('F2').value, register.getCell('H2').value]).toEqual([
      'Bài đăng Zalo OA',
      'Bản tin trên Zalo OA tháng 2',
      1,
      2,
    ]);
  });

  it("joins each screen's showings with its uptime in opening hours", async () => {
    const ws = sheet(await workbook(sampleReport()), 'Màn hình');
    expect(ws.getCell('I2').value).toBeCloseTo(2 / 2.3);
    expect(ws.getCell('I2').numFmt).toBe('0.0%');
    expect(ws.getCell('F2').value).toBe(60);
    const share = ws.getCell('I4').value;
    expect(share).toMatchObject({ formula: 'G4/H4' });
    expect(typeof share === 'object' && share && 'result' in share ? share.result : null).toBeCloseTo(3 / 4.6);
  });

  it('still makes a workbook of zero totals from an empty report, with no backwards SUM', async () => {
    const wb = await workbook(emptyReport());
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(SHEETS);
    const items = sheet(wb, 'Theo nội dung');
    expect([items.getCell('B2').value, items.getCell('B3').value, items.getCell('F3').value]).toEqual(['Không có dữ liệu', 'Tổng cộng', 0]);
    // exceljs's `value` leaves out a formula's result when it is 0 (it copies only truthy fields); `result` keeps it.
    const shown = summaryCell(wb, 'Tổng số lượt phát');
    expect([shown.formula, shown.result]).toEqual(["'Theo nội dung'!F3", 0]);
    expect(summaryValue(wb, 'Chỉ số hài lòng')).toBe('Không có dữ liệu');
    for (const f of formulas(wb)) {
      for (const [, , from, to] of f.formula.matchAll(/([A-Z]+)(\d+):\1(\d+)/g)) expect(Number(from), `${f.sheet}!${f.address}: ${f.formula}`).toBeLessThanOrEqual(Number(to));
    }
  });

  // Only Calc opens spreadsheets: an install with Writer alone has soffice but cannot convert.
  const soffice = '/usr/bin/soffice';
  const hasCalc = existsSync(soffice) && existsSync(path.join(path.dirname(realpathSync(soffice)), 'libsclo.so'));
  it.skipIf(!hasCalc)('adds up to the same totals when LibreOffice recalculates (skipped without LibreOffice Calc at /usr/bin/soffice)', { timeout: 120_000 }, async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'report-xlsx-'));
    try {
      // Poison every cached result, so only a real recalculation can produce the totals.
      const wb = await workbook(sampleReport());
      wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((cell) => void (cell.formula && (cell.value = { formula: cell.formula, result: -1 })))));
      await writeFile(path.join(dir, 'report.xlsx'), Buffer.from(await wb.xlsx.writeBuffer()));
      // LibreOffice trusts the cached results of a file that says Excel wrote it (exceljs says so)
      // unless told to always recalculate: a fresh profile with that setting, which also keeps the
      // user's own profile out of it.
      await mkdir(path.join(dir, 'profile/user'), { recursive: true });
      await writeFile(
        path.join(dir, 'profile/user/registrymodifications.xcu'),
        '<?xml version="1.0" encoding="UTF-8"?><oor:items xmlns:oor="http://openoffice.org/2001/registry"><item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item></oor:items>',
      );
      // Sheet -1 writes every sheet, each to report-<sheet name>.csv.
      await promisify(execFile)(
        soffice,
        [
          `-env:UserInstallation=file://${dir}/profile`,
          '--headless',
          '--convert-to',
          'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1',
          '--outdir',
          dir,
          path.join(dir, 'report.xlsx'),
        ],
        { timeout: 110_000 },
      );
      const csv = async (name: string) => (await readFile(path.join(dir, `report-${name}.csv`), 'utf8')).split(/\r?\n/).map((l) => l.split(','));
      expect((await csv('Theo nội dung')).find((cells) => cells[1] === 'Tổng cộng')?.slice(5, 7)).toEqual(['174', '29']);
      expect((await csv('Tổng hợp')).find((cells) => cells[0] === 'Tổng số lượt phát')?.[1]).toBe('174');
      expect((await csv('Màn hình')).find((cells) => cells[1] === 'Tổng cộng')?.[3]).toBe('174');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
