import { describe, expect, it } from 'vitest';
import { integrityLines, problemText } from './integrity-text';
import type { IntegrityReport } from './report';

const base: IntegrityReport = {
  ok: true,
  rows: 10,
  firstBroken: null,
  problems: [],
  fullCheckAt: null,
  checkedAt: '2026-04-02T02:00:00.000Z',
  keying: { keyId: 'abcd', fromSeq: 536, startedAt: '2026-03-10T01:00:00.000Z' },
  fingerprint: '540-0123456789ab',
  rollUps: { days: 31, rederived: 2, unverifiable: 0 },
};

describe('integrity in people’s terms', () => {
  it('names screen, centre, item and time, and whose reports it touches — never a bare row number', () => {
    const t = problemText({
      kind: 'row',
      seq: 536,
      deviceId: 's1',
      screenName: 'Sảnh chờ',
      centreId: 'lt',
      centreName: 'Xã Long Thành',
      itemId: 'v',
      itemTitle: 'Clip',
      playlistId: 'p',
      at: '2026-03-02T01:15:00.000Z',
      day: null,
    });
    expect(t).toBe(
      'Lượt phát «Clip» trên màn hình «Sảnh chờ» (Xã Long Thành) lúc 08:15 02/03/2026: bản ghi này, hoặc bản ghi ngay trước nó, đã bị sửa, xóa hoặc chèn sau khi lưu. Ảnh hưởng báo cáo của Xã Long Thành (và báo cáo cấp tỉnh tổng hợp đơn vị này).',
    );
    expect(t).not.toContain('536');
  });

  it('names a screen-day fuller than a screen can show, with its figures and what to do', () => {
    const t = problemText({
      kind: 'overfull',
      seq: null,
      deviceId: 's1',
      screenName: 'Sảnh chờ',
      centreName: 'Xã Long Thành',
      itemId: null,
      playlistId: null,
      at: null,
      day: '2026-03-02',
      detail: '120000/120000000',
    });
    expect(t).toContain('Ngày 02/03/2026, màn hình «Sảnh chờ» (Xã Long Thành): nhật ký ghi 120.000 lượt, 33,3 giờ phát');
    expect(t).toContain('tối đa 88.500 lượt');
    expect(t).toContain('thu hồi mã thiết bị');
  });

  it('states where keyed hashing starts for a migrated log, the fingerprint, and the checked totals', () => {
    const { verdict, lines } = integrityLines(base);
    expect(verdict).toBe('toàn vẹn');
    expect(lines.join('\n')).toContain('từ bản ghi số 537, lúc 08:00 10/03/2026; 536 bản ghi trước đó được lưu trước khi áp dụng khóa');
    expect(lines.join('\n')).toContain('Dấu vân tay chuỗi tại thời điểm lập báo cáo: 540-0123456789ab');
    expect(lines.join('\n')).toContain('đã đối chiếu với nhật ký gốc: 31 ngày');
    expect(integrityLines({ ...base, ok: false }).verdict).toBe('không toàn vẹn');
  });
});
