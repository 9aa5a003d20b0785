import { DAY_CAPACITY } from './day-capacity';
import type { IntegrityReport, LogProblem } from './report';

/** "08:15 02/03/2026", Vietnam time (UTC+7). */
const vnTime = (iso: string) => {
  const d = new Date(Date.parse(iso) + 7 * 3600_000).toISOString();
  return `${d.slice(11, 16)} ${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}`;
};
const vnDay = (day: string) => day.split('-').reverse().join('/');
const screenOf = (p: LogProblem) => (p.deviceId ? `màn hình «${p.screenName ?? p.deviceId}»${p.centreName ? ` (${p.centreName})` : ''}` : '');
const itemOf = (p: LogProblem) => (p.itemId ? `«${p.itemTitle ?? p.itemId}»` : '');
/** Whose reports a problem on a screen touches: its centre's, and the province's over it. */
const affects = (p: LogProblem) => ` Ảnh hưởng báo cáo của ${p.centreName ?? 'đơn vị quản lý màn hình này'} (và báo cáo cấp tỉnh tổng hợp đơn vị này).`;

/** One problem as a sentence a person can act on: which screen, which time, which item, whose reports. */
export function problemText(p: LogProblem): string {
  const where = [screenOf(p), itemOf(p)].filter(Boolean).join(', ');
  switch (p.kind) {
    case 'row':
      return `Lượt phát ${itemOf(p)} trên ${screenOf(p)} lúc ${p.at ? vnTime(p.at) : '?'}: bản ghi này, hoặc bản ghi ngay trước nó, đã bị sửa, xóa hoặc chèn sau khi lưu.${affects(p)}`;
    case 'summary':
      return `Bản tổng hợp ngoại tuyến của ${where} từ ${p.at ? vnTime(p.at) : '?'}: đã bị sửa, xóa hoặc chèn sau khi lưu.${affects(p)}`;
    case 'head': {
      const when = `${p.day ? `cuối ngày ${vnDay(p.day)}` : `lúc ${p.at ? vnTime(p.at) : '?'}`}`;
      if (p.detail === 'forged') return `Điểm chốt chuỗi ghi ${when} không do hệ thống ghi (sai mã xác thực). Ảnh hưởng báo cáo của mọi đơn vị.`;
      if (p.detail === 'cut') return `Điểm chốt chuỗi ghi ${when} (bản ghi số ${p.seq}) không còn: các lượt phát ghi sau đó đã bị xóa. Không xác định được màn hình; ảnh hưởng báo cáo của mọi đơn vị.`;
      return `Điểm chốt chuỗi ghi ${when} (bản ghi số ${p.seq}) không khớp: nhật ký đã bị viết lại từ đó. Ảnh hưởng báo cáo của mọi đơn vị.`;
    }
    case 'anchor':
      return `Mốc lưu trữ lúc ${p.at ? vnTime(p.at) : '?'} không do hệ thống ghi khi xóa dữ liệu cũ theo thời hạn: có thể che giấu việc xóa lượt phát. Ảnh hưởng báo cáo của mọi đơn vị.`;
    case 'rollup': {
      if (p.detail === 'sealed') return `Ngày ${vnDay(p.day ?? '')}: số tổng hợp đã bị sửa sau khi dữ liệu gốc được xóa theo thời hạn lưu trữ.`;
      const [a, b] = (p.detail ?? '0/0').split('/');
      return `Ngày ${vnDay(p.day ?? '')}, ${where}: số tổng hợp ghi ${a} lượt nhưng nhật ký gốc có ${b} lượt — số liệu báo cáo của ngày này không đúng với nhật ký.${affects(p)}`;
    }
    case 'overfull': {
      const [n, ms] = (p.detail ?? '0/0').split('/').map(Number);
      const hours = ((ms ?? 0) / 3_600_000).toLocaleString('vi-VN', { maximumFractionDigits: 1 });
      return `Ngày ${vnDay(p.day ?? '')}, ${screenOf(p)}: nhật ký ghi ${(n ?? 0).toLocaleString('vi-VN')} lượt, ${hours} giờ phát — nhiều hơn một màn hình phát được trong một ngày (tối đa ${DAY_CAPACITY.showings.toLocaleString('vi-VN')} lượt, 24 giờ 35 phút). Các lượt phát này vẫn được tính; cần kiểm tra màn hình và thu hồi mã thiết bị nếu bị lộ.${affects(p)}`;
    }
    case 'month': {
      const [a, b] = (p.detail ?? '0/0').split('/');
      return `Tháng ${(p.day ?? '').slice(5, 7)}/${(p.day ?? '').slice(0, 4)}, ${where}: số tổng hợp tháng ghi ${a} lượt nhưng tổng các ngày là ${b} lượt.${affects(p)}`;
    }
  }
}

/** The verdict and the lines every report prints under "tính toàn vẹn" (DOCX, XLSX, console alike). */
export function integrityLines(i: IntegrityReport): { verdict: string; lines: string[] } {
  const lines: string[] = [];
  if (i.keying) {
    const legacy = i.keying.fromSeq > 0 ? `; ${i.keying.fromSeq} bản ghi trước đó được lưu trước khi áp dụng khóa, chỉ băm SHA-256` : '';
    lines.push(`Nhật ký được khóa bằng HMAC-SHA256 (khóa ${i.keying.keyId}, giữ ngoài cơ sở dữ liệu) từ bản ghi số ${i.keying.fromSeq + 1}, lúc ${vnTime(i.keying.startedAt)}${legacy}.`);
  }
  if (i.rollUps) {
    const gone = i.rollUps.unverifiable ? `; ${i.rollUps.unverifiable} ngày không còn dữ liệu gốc để đối chiếu` : '';
    lines.push(`Số tổng hợp theo ngày và tháng của kỳ đã đối chiếu với nhật ký gốc: ${i.rollUps.days} ngày (${i.rollUps.rederived} ngày tính lại từ bản ghi gốc lần này${gone}).`);
  } else lines.push('Số tổng hợp của kỳ chưa được đối chiếu với nhật ký gốc.');
  if (i.fingerprint) lines.push(`Dấu vân tay chuỗi tại thời điểm lập báo cáo: ${i.fingerprint} (đối chiếu về sau: npm run log:verify -- --fingerprint ${i.fingerprint}).`);
  lines.push(...i.problems.map(problemText));
  return { verdict: i.ok ? 'toàn vẹn' : 'không toàn vẹn', lines };
}
