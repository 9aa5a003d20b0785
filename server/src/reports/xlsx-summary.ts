import { integrityLines } from '@hcc/shared/reports/integrity-text';
import type { Report } from '@hcc/shared/reports/report';
import type { CellFormulaValue, CellValue, Worksheet } from 'exceljs';
import { FMT, vnCell } from './xlsx-table';

/** The "Tổng cộng" cells of other sheets that the summary repeats by formula, so the two cannot disagree. */
export interface SummaryRefs {
  showings: CellFormulaValue;
  minutes: CellFormulaValue;
  kioskViews: CellFormulaValue;
}

/** A section heading, or a label with its value. */
type Line = string | [label: string, value: CellValue, numFmt?: string];

const NO_DATA = 'Không có dữ liệu';
const vnDate = (day: string) => day.split('-').reverse().join('/');

function lines(r: Report, refs: SummaryRefs): Line[] {
  const s = r.satisfaction;
  // With no responses the index is 0 of 0: say so rather than print 0 %.
  const share = (x: number): CellValue => (s.n ? x : NO_DATA);
  const targets = (status: Report['targets'][number]['status']) => r.targets.filter((t) => t.status === status).length;
  return [
    'Thông tin chung',
    ['Kỳ báo cáo', `${vnDate(r.period.from)} – ${vnDate(r.period.to)}`],
    ['Số ngày', r.period.days, FMT.count],
    ['Phạm vi', r.scope.name],
    ['Đơn vị trong phạm vi', r.scope.centres.map((c) => c.name).join(', ')],
    ['Thời điểm lập báo cáo', vnCell(r.generatedAt), FMT.dateTime],
    'Lượt phát trên màn hình',
    ['Tổng số lượt phát', refs.showings, FMT.count],
    ['Tổng thời lượng phát (phút)', refs.minutes, FMT.minutes],
    ['Số lượt phát trọn vẹn', r.showings.totals.completed, FMT.count],
    ['Số nội dung đã phát', r.showings.byItem.length, FMT.count],
    ['Số màn hình có lượt phát', r.showings.totals.screens, FMT.count],
    'Mức độ hài lòng',
    ['Số phiếu khảo sát (n)', s.n, FMT.count],
    ['Số phiếu hài lòng', s.satisfied, FMT.count],
    ['Chỉ số hài lòng', share(s.index), FMT.share],
    ['Khoảng tin cậy 95% – cận dưới', share(s.ci.low), FMT.share],
    ['Khoảng tin cậy 95% – cận trên', share(s.ci.high), FMT.share],
    'Chỉ tiêu kế hoạch',
    ['Số chỉ tiêu', r.targets.length, FMT.count],
    ['Đạt', targets('met'), FMT.count],
    ['Chưa đạt', targets('behind'), FMT.count],
    ['Đã thực hiện (không định lượng)', targets('done'), FMT.count],
    ['Chưa thực hiện', targets('not_done'), FMT.count],
    ['Đơn vị tự đánh giá', targets('self'), FMT.count],
    'Sổ ghi nhận hoạt động',
    ['Số hoạt động ngoài màn hình chờ', r.register.length, FMT.count],
    ['Số sản phẩm', r.register.reduce((n, e) => n + e.count, 0), FMT.count],
    'Kiosk tra cứu thủ tục',
    ['Số lượt tìm kiếm', r.kiosk.searches, FMT.count],
    ['Số lượt tìm kiếm không có kết quả', r.kiosk.withoutResult, FMT.count],
    ['Lượt xem các thủ tục xem nhiều nhất', refs.kioskViews, FMT.count],
    'Toàn vẹn nhật ký phát',
    ['Kết quả kiểm tra', integrityLines(r.integrity).verdict === 'toàn vẹn' ? 'Toàn vẹn' : 'Không toàn vẹn'],
    ['Số bản ghi đã kiểm tra', r.integrity.rows, FMT.count],
    ['Lần kiểm tra toàn bộ gần nhất', r.integrity.fullCheckAt ? vnCell(r.integrity.fullCheckAt) : 'Chưa kiểm tra toàn bộ', FMT.dateTime],
    ['Thời điểm kiểm tra', vnCell(r.integrity.checkedAt), FMT.dateTime],
    ['Dấu vân tay chuỗi', r.integrity.fingerprint ?? '—'],
    ...integrityLines(r.integrity).lines.map((l, n): Line => [n === 0 ? 'Chi tiết' : '', l]),
  ];
}

/** The first sheet: what the report covers and its headline figures, label beside value. */
export function writeSummary(ws: Worksheet, report: Report, refs: SummaryRefs): void {
  ws.getColumn(1).width = 40;
  ws.getColumn(2).width = 45;
  const title = ws.getCell('A1');
  title.value = 'BÁO CÁO TUYÊN TRUYỀN CẢI CÁCH HÀNH CHÍNH TRÊN MÀN HÌNH VÀ KIOSK';
  title.font = { bold: true, size: 14 };
  ws.mergeCells('A1:B1');
  for (const line of lines(report, refs)) {
    if (typeof line === 'string') {
      ws.addRow([]);
      ws.addRow([line]).font = { bold: true };
      continue;
    }
    const [label, value, numFmt] = line;
    const row = ws.addRow([label, value]);
    row.getCell(2).alignment = { horizontal: 'left', wrapText: true };
    if (numFmt) row.getCell(2).numFmt = numFmt;
  }
}
