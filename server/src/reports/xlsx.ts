import type { ItemRow, ShowingRow } from '@hcc/shared/reports/aggregate';
import { apportion } from '@hcc/shared/reports/apportion';
import type { Report, ScreenUptime } from '@hcc/shared/reports/report';
import { TARGET_STATUS_LABELS, type TargetProgress } from '@hcc/shared/reports/targets';
import { PLAN_MEASURE_LABELS } from '@hcc/shared/schemas/plan';
import { REGISTER_FORM_LABELS } from '@hcc/shared/schemas/register';
import { COMM_FORM_LABELS, ITEM_KIND_LABELS, REFORM_AREA_LABELS } from '@hcc/shared/schemas/playlist';
import type { Worksheet } from 'exceljs';
import { periodPhrase } from './vn-format';
import { writeSummary } from './xlsx-summary';
import { addTable, type Column, dayCell, FMT, vnCell } from './xlsx-table';

const UNCLASSIFIED = 'Chưa phân loại';
const areaLabels = new Map<string, string>(Object.entries(REFORM_AREA_LABELS));
const formLabels = new Map<string, string>(Object.entries(COMM_FORM_LABELS));
/** Groups of items without an area or form come keyed 'none'; an unknown key is shown as it is rather than hidden. */
const labelOf = (labels: ReadonlyMap<string, string>, key: string | null) => (key === null || key === 'none' ? UNCLASSIFIED : (labels.get(key) ?? key));

const kindLabel = (kind: ItemRow['kind']) => (kind === 'unknown' ? 'Không rõ' : ITEM_KIND_LABELS[kind][0]);

const stt: Column<unknown> = { header: 'STT', width: 6, value: (_, i) => i + 1 };
/**
 * Minutes with one decimal, stored rounded so the rows a reader adds up by hand match the total, and
 * rounded together (apportion) so that total is the report's own in every sheet: rounded one by one,
 * a quarter's days added up to 5.8 minutes, its items to 5.6, of 5.5 played.
 */
const showingColumns = (rows: readonly ShowingRow[]): Column<ShowingRow>[] => {
  const tenths = apportion(
    rows.map((r) => r.playMs),
    6000,
  );
  return [
    { header: 'Lượt phát', width: 12, value: (r) => r.showings, numFmt: FMT.count, sum: true },
    { header: 'Thời lượng phát (phút)', width: 14, value: (_, i) => (tenths[i] ?? 0) / 10, numFmt: FMT.minutes, sum: true },
  ];
};
const byLabel = (header: string, label: (r: ShowingRow) => string, rows: readonly ShowingRow[], width = 45): Column<ShowingRow>[] => [stt, { header, width, value: label }, ...showingColumns(rows)];

type ScreenLine = ShowingRow & { centreId?: string; uptime: ScreenUptime | undefined };
/** Every screen of the scope, including those that showed nothing: they are the ones a report should reveal. */
function screenLines(report: Report): ScreenLine[] {
  const uptime = new Map(report.uptime.map((u) => [u.deviceId, u]));
  const shown = new Set(report.showings.byScreen.map((s) => s.key));
  const silent = report.uptime.filter((u) => !shown.has(u.deviceId)).map((u) => ({ key: u.deviceId, label: u.name, showings: 0, playMs: 0 }));
  return [...report.showings.byScreen, ...silent].map((s) => ({ ...s, uptime: uptime.get(s.key) }));
}

type TargetLine = { t: Report['targets'][number]; period: TargetProgress['periods'][number] | undefined };
const targetLines = (report: Report): TargetLine[] => report.targets.flatMap((t): TargetLine[] => (t.periods.length ? t.periods.map((period) => ({ t, period })) : [{ t, period: undefined }]));

/** The quarterly report as a workbook: a summary sheet, then one sheet per way of counting. */
export async function reportXlsx(report: Report): Promise<Buffer> {
  // Loaded on the first report, not at start (see catalogue/spreadsheet.ts).
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  wb.created = new Date(report.generatedAt);
  // Excel keeps cached results until told otherwise; recalculating on open keeps them honest after edits.
  wb.calcProperties.fullCalcOnLoad = true;
  const sheet = (name: string) => wb.addWorksheet(name);
  const summary = sheet('Tổng hợp');
  const centreName = new Map(report.scope.centres.map((c) => [c.id, c.name]));

  const itemSheet = sheet('Theo nội dung');
  const items = addTable<ItemRow>(
    itemSheet,
    [
      stt,
      { header: 'Nội dung', width: 45, value: (r) => r.label },
      { header: 'Loại', width: 12, value: (r) => kindLabel(r.kind) },
      { header: 'Lĩnh vực CCHC', width: 30, value: (r) => labelOf(areaLabels, r.reformArea) },
      { header: 'Hình thức', width: 18, value: (r) => labelOf(formLabels, r.form) },
      ...showingColumns(report.showings.byItem),
      { header: 'Số màn hình', width: 10, value: (r) => r.screens, numFmt: FMT.count },
      { header: 'Lần phát đầu', width: 17, value: (r) => vnCell(r.first), numFmt: FMT.dateTime },
      { header: 'Lần phát cuối', width: 17, value: (r) => vnCell(r.last), numFmt: FMT.dateTime },
    ],
    report.showings.byItem,
  );
  addTable(
    sheet('Lĩnh vực CCHC'),
    byLabel('Lĩnh vực cải cách hành chính', (r) => labelOf(areaLabels, r.key), report.showings.byReformArea),
    report.showings.byReformArea,
  );
  addTable(
    sheet('Hình thức'),
    byLabel('Hình thức tuyên truyền', (r) => labelOf(formLabels, r.key), report.showings.byForm, 30),
    report.showings.byForm,
  );

  const screenSheet = sheet('Màn hình');
  const hours = (ms: number | undefined) => (ms === undefined ? null : ms / 3600_000);
  const screenRows = screenLines(report);
  const screens = addTable<ScreenLine>(
    screenSheet,
    [
      stt,
      { header: 'Màn hình', width: 30, value: (r) => r.label },
      // The centre the row's showings count for: a moved screen's earlier centre has a row of its own.
      {
        header: 'Đơn vị',
        width: 25,
        value: (r) => {
          const centre = r.centreId ?? r.uptime?.centreId;
          return centre ? (centreName.get(centre) ?? centre) : null;
        },
      },
      ...showingColumns(screenRows),
      { header: 'Số ngày có phát', width: 10, value: (r) => r.uptime?.daysWithShowings ?? null, numFmt: FMT.count },
      { header: 'Giờ kết nối trong giờ làm việc', width: 14, value: (r) => hours(r.uptime?.openOnlineMs), numFmt: FMT.minutes, sum: true },
      { header: 'Số giờ làm việc', width: 12, value: (r) => hours(r.uptime?.openMs), numFmt: FMT.minutes, sum: true },
      { header: 'Tỉ lệ hoạt động trong giờ làm việc', width: 14, value: (r) => r.uptime?.share ?? null, numFmt: FMT.share },
    ],
    screenRows,
  );
  // The screens' share together is connected hours over opening hours, not an average of shares.
  if (screens.totalRow !== null && screens.sum(8) > 0) {
    const row = screenSheet.getRow(screens.totalRow);
    row.getCell(9).value = { formula: `${row.getCell(7).address}/${row.getCell(8).address}`, result: screens.sum(7) / screens.sum(8) };
    row.getCell(9).numFmt = FMT.share;
  }

  addTable(
    sheet('Đơn vị'),
    byLabel('Đơn vị', (r) => r.label, report.showings.byCentre),
    report.showings.byCentre,
  );
  // A long period comes by month (keyed by the month's first day), and says so.
  const monthly = report.grain === 'month';
  addTable(
    sheet(monthly ? 'Theo tháng' : 'Theo ngày'),
    [stt, { header: monthly ? 'Tháng' : 'Ngày', width: 12, value: (r) => dayCell(r.key), numFmt: monthly ? FMT.month : FMT.date }, ...showingColumns(report.showings.byDay)],
    report.showings.byDay,
  );

  // No total row: counts of different targets and rhythms do not add up to anything.
  addTable<TargetLine>(
    sheet('Chỉ tiêu kế hoạch'),
    [
      { header: 'Đơn vị', width: 20, value: (r) => centreName.get(r.t.centreId) ?? r.t.centreId },
      { header: 'Stt', width: 6, value: (r) => r.t.seq },
      { header: 'Nội dung công việc', width: 45, value: (r) => r.t.content },
      { header: 'Sản phẩm', width: 30, value: (r) => r.t.product },
      { header: 'Cơ quan chủ trì', width: 25, value: (r) => r.t.lead },
      { header: 'Cơ quan phối hợp', width: 30, value: (r) => r.t.partners },
      { header: 'Thời gian thực hiện', width: 16, value: (r) => r.t.timing },
      { header: 'Cách đo', width: 22, value: (r) => PLAN_MEASURE_LABELS[r.t.measuredBy] },
      { header: 'Đánh giá', width: 14, value: (r) => TARGET_STATUS_LABELS[r.t.status] },
      { header: 'Từ ngày', width: 12, value: (r) => (r.period ? dayCell(r.period.from) : null), numFmt: FMT.date },
      { header: 'Đến ngày', width: 12, value: (r) => (r.period ? dayCell(r.period.to) : null), numFmt: FMT.date },
      { header: 'Yêu cầu', width: 10, value: (r) => r.period?.required ?? null, numFmt: FMT.count },
      { header: 'Đã thực hiện', width: 10, value: (r) => r.period?.shown ?? null, numFmt: FMT.count },
      { header: 'Ghi chú', width: 30, value: (r) => (r.period?.partial ? 'Kỳ chưa trọn trong kỳ báo cáo' : null) },
      { header: 'Nội dung đã phát được tính', width: 45, value: (r) => r.t.items.join('; ') },
      {
        header: 'Hoạt động đã ghi nhận được tính',
        width: 45,
        value: (r) => r.t.entries.map((e) => `${e.date.split('-').reverse().join('/')}: ${e.title}${e.count > 1 ? ` (${e.count})` : ''}`).join('; '),
      },
    ],
    targetLines(report),
  );

  addTable<Report['register'][number]>(
    sheet('Sổ ghi nhận'),
    [
      stt,
      { header: 'Ngày', width: 12, value: (r) => dayCell(r.date), numFmt: FMT.date },
      { header: 'Đơn vị', width: 25, value: (r) => centreName.get(r.centreId) ?? r.centreId },
      { header: 'Hình thức', width: 28, value: (r) => REGISTER_FORM_LABELS[r.form] },
      { header: 'Nội dung', width: 45, value: (r) => r.title },
      { header: 'Số lượng', width: 10, value: (r) => r.count, numFmt: FMT.count, sum: true },
      { header: 'Địa điểm', width: 25, value: (r) => r.place },
      { header: 'Nhiệm vụ kế hoạch', width: 12, value: (r) => report.targets.find((t) => t.targetId === r.targetId)?.seq ?? null },
      { header: 'Minh chứng', width: 40, value: (r) => (r.proof?.kind === 'link' ? r.proof.url : r.proof?.kind === 'media' ? `Tệp ${r.proof.mediaId.slice(0, 12)}… trong thư viện` : null) },
      { header: 'Người ghi', width: 16, value: (r) => r.createdBy },
    ],
    report.register,
  );

  // Averages of different questions do not add up either; the index itself is on "Tổng hợp".
  addTable<Report['satisfaction']['criteria'][number]>(
    sheet('Khảo sát'),
    [
      stt,
      { header: 'Câu hỏi', width: 50, value: (r) => r.text },
      { header: 'Mẫu phiếu', width: 14, value: (r) => r.formId },
      { header: 'Điểm trung bình', width: 12, value: (r) => r.average, numFmt: FMT.score },
      { header: 'Điểm tối đa', width: 10, value: (r) => r.max },
      { header: 'Số phiếu trả lời', width: 12, value: (r) => r.n, numFmt: FMT.count },
    ],
    report.satisfaction.criteria,
  );

  // Two lists side by side under one frozen header row, a blank column between them.
  const kioskSheet = sheet('Kiosk');
  const viewed = addTable<Report['kiosk']['mostViewed'][number]>(
    kioskSheet,
    [
      stt,
      { header: 'Mã thủ tục', width: 14, value: (r) => r.code },
      { header: 'Thủ tục được xem nhiều', width: 45, value: (r) => r.name },
      { header: 'Lượt xem', width: 10, value: (r) => r.count, numFmt: FMT.count, sum: true },
    ],
    report.kiosk.mostViewed,
  );
  kioskSheet.getColumn(5).width = 3;
  addTable<Report['kiosk']['emptySearches'][number]>(
    kioskSheet,
    [
      stt,
      { header: 'Tìm kiếm không có kết quả', width: 35, value: (r) => r.q },
      { header: 'Số lần', width: 10, value: (r) => r.count, numFmt: FMT.count, sum: true },
      { header: 'Ngày gần nhất', width: 13, value: (r) => dayCell(r.lastDay), numFmt: FMT.date },
    ],
    report.kiosk.emptySearches,
    6,
  );

  if (report.dossiers) addDossierSheet(sheet('Hồ sơ TTHC'), report.dossiers);

  writeSummary(summary, report, { showings: items.totalRef(6), minutes: items.totalRef(7), kioskViews: viewed.totalRef(4) });
  for (const ws of wb.worksheets) setUpPrinting(ws, `${report.scope.name} — ${periodPhrase(report.period.from, report.period.to)}`);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/**
 * Every sheet prints as officers file it: A4 landscape, one page wide, the header row on every page, and
 * a page header naming the sheet, the scope and the period (printed, so accents are never clipped by a
 * row height), with page numbers below.
 */
function setUpPrinting(ws: Worksheet, title: string): void {
  ws.pageSetup = {
    paperSize: 9,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: '1:1',
    margins: { left: 0.5, right: 0.4, top: 0.75, bottom: 0.6, header: 0.3, footer: 0.3 },
  };
  // "&" starts a code in Excel's header language; a literal one is written twice.
  ws.headerFooter = { oddHeader: `&C&"Times New Roman,Bold"&12${`${ws.name}: ${title}`.replaceAll('&', '&&')}`, oddFooter: '&CTrang &P/&N' };
}

type FieldLine = NonNullable<Report['dossiers']>['byField'][number];
/** The dossiers handled, by field (totals summed by Excel), and the look-ups beside them. */
function addDossierSheet(ws: Worksheet, d: NonNullable<Report['dossiers']>): void {
  const n = (header: string, value: (r: FieldLine) => number): Column<FieldLine> => ({ header, width: 13, value, numFmt: FMT.count, sum: true });
  addTable<FieldLine>(
    ws,
    [
      stt,
      { header: 'Lĩnh vực', width: 32, value: (r) => r.field },
      n('Tiếp nhận', (r) => r.received),
      n('Đã giải quyết', (r) => r.resolved),
      n('Trước hạn', (r) => r.early),
      n('Đúng hạn', (r) => r.onTime),
      n('Quá hạn', (r) => r.late),
      n('Đang giải quyết', (r) => r.pending),
      n('Đang giải quyết quá hạn', (r) => r.overdue),
      n('Văn bản xin lỗi', (r) => r.apologies),
    ],
    d.byField,
  );
  ws.getColumn(11).width = 3;
  addTable<{ label: string; value: number }>(
    ws,
    [
      { header: 'Tra cứu hồ sơ (kiosk, điện thoại)', width: 34, value: (r) => r.label },
      { header: 'Lượt', width: 10, value: (r) => r.value, numFmt: FMT.count, sum: true },
    ],
    [
      { label: 'Tìm thấy hồ sơ', value: d.lookups.found },
      { label: 'Không tìm thấy', value: d.lookups.notFound },
    ],
    12,
  );
}
