import { describe, expect, it } from 'vitest';
import { mapHeadings, parseCsv, parseVnTime, tableRow } from './table';

describe('parseVnTime', () => {
  it.each([
    ['05/12/2026 14:30', '2026-12-05T07:30:00.000Z'],
    ['5/12/2026', '2026-12-04T17:00:00.000Z'],
    ['2026-12-05 08:00:00', '2026-12-05T01:00:00.000Z'],
    ['2026-12-05T08:00:00+07:00', '2026-12-05T01:00:00.000Z'],
    ['31/02/2026', null],
    ['hôm qua', null],
  ])('%s → %s', (text, iso) => {
    expect(parseVnTime(text)).toBe(iso);
  });
});

describe('tableRow', () => {
  const columns = mapHeadings(['STT', 'Mã hồ sơ', 'Mã thủ tục', 'Chủ hồ sơ', 'Số CCCD', 'Số điện thoại', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Trạng thái', 'Ngày có kết quả']);
  it('reads the columns it knows by heading and never the identity ones', () => {
    expect(columns).toEqual([null, 'code', 'procedureCode', 'applicantName', null, null, 'receivedAt', 'appointmentAt', 'status', 'resultAt']);
    const r = tableRow(columns, ['1', 'DEMO-1234', '1.001193', 'Lê Văn Tám', '079203001234', '0912345678', '01/12/2026 08:00', '04/12/2026', 'Đã có kết quả', '03/12/2026 15:00'], 2);
    expect(r).toEqual({
      row: {
        code: 'DEMO-1234',
        procedureCode: '1.001193',
        applicantName: 'Lê Văn Tám',
        receivedAt: '2026-12-01T01:00:00.000Z',
        appointmentAt: '2026-12-03T17:00:00.000Z',
        status: 'ready',
        resultAt: '2026-12-03T08:00:00.000Z',
        delivery: null,
        updatedAt: '2026-12-03T08:00:00.000Z',
      },
    });
    expect(JSON.stringify(r)).not.toMatch(/079203001234|0912345678/);
  });
  it('names the broken cell and the row', () => {
    expect(tableRow(columns, ['1', 'X-1', '1.001193', '', '', '', '32/12/2026', '', 'Đã tiếp nhận', ''], 7)).toEqual({
      problem: { row: 7, code: 'X-1', message: 'ngày tiếp nhận: không đọc được "32/12/2026" (dạng 05/12/2026 14:30)' },
    });
    expect(tableRow(columns, ['1', 'X-1', '1.001193', '', '', '', '01/12/2026', '', 'Đang ngủ', ''], 8)).toMatchObject({ problem: { row: 8, message: 'trạng thái: không hiểu "Đang ngủ"' } });
  });
});

describe('parseCsv', () => {
  it('reads quotes, doubled quotes, CRLF and semicolons', () => {
    expect(parseCsv('\uFEFFa;b;c\r\n"x;1";"say ""hi""";\r\n\r\n')).toEqual([
      ['a', 'b', 'c'],
      ['x;1', 'say "hi"', ''],
    ]);
    expect(parseCsv('a,b\n1,2')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });
});
