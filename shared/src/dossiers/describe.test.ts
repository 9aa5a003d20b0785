import { describe, expect, it } from 'vitest';
import { describeDossier, dossierNotFound } from './describe';
import type { DossierState } from './merge';
import { parseDossierStatus } from './status-text';

const centre = { name: 'Trung tâm Phục vụ hành chính công xã Long Thành', hotline: '1022' };
const d = (more: Partial<DossierState>) => ({
  key: 'DEMO000001',
  code: 'DEMO-000001',
  centreId: 'x',
  procedureCode: '1.001193',
  procedureName: 'Đăng ký khai sinh',
  field: 'Hộ tịch',
  receivedAt: '2026-12-01T01:00:00.000Z',
  appointmentAt: '2026-12-04T10:00:00.000Z',
  status: 'processing' as const,
  history: [],
  resultAt: null,
  delivery: null,
  counter: null,
  maskedName: 'N. V. A.',
  nameHash: 'h',
  updatedAt: '2026-12-01T01:00:00.000Z',
  ...more,
});
const before = new Date('2026-12-02T00:00:00Z');
const after = new Date('2026-12-05T00:00:00Z');

describe('describeDossier', () => {
  it('a ready dossier names the counter to collect it at', () => {
    const a = describeDossier(d({ status: 'ready', resultAt: '2026-12-03T01:00:00.000Z', delivery: 'counter', counter: 'Quầy số 3' }), centre, after);
    expect(a.step).toBe('Đã có kết quả — mời ông/bà đến Quầy số 3 để nhận.');
    expect(a).toMatchObject({ isReady: true, isLate: false, apologyDue: false, lateNotice: null });
    expect(describeDossier(d({ status: 'ready', resultAt: '2026-12-03T01:00:00.000Z', counter: '5' }), centre, after).step).toContain('đến quầy 5 để nhận');
    expect(describeDossier(d({ status: 'ready', resultAt: '2026-12-03T01:00:00.000Z' }), centre, after).step).toContain(centre.name);
  });
  it('a result sent by post or online says so instead of a counter', () => {
    expect(describeDossier(d({ status: 'ready', resultAt: '2026-12-03T01:00:00.000Z', delivery: 'post' }), centre, after).step).toContain('bưu chính');
    expect(describeDossier(d({ status: 'returned', resultAt: '2026-12-03T01:00:00.000Z', delivery: 'online' }), centre, after).step).toContain('trực tuyến');
  });
  it('a dossier past its appointment is late and owes an apology', () => {
    const on = describeDossier(d({}), centre, before);
    const late = describeDossier(d({}), centre, after);
    expect([on.isLate, late.isLate, late.apologyDue]).toEqual([false, true, true]);
    expect(late.lateNotice).toContain('xin lỗi');
  });
});

describe('dossierNotFound', () => {
  it('tells what to check rather than failing', () => {
    const a = dossierNotFound('ABC123456', '1022');
    expect(a.found).toBe(false);
    expect(a.checks.join(' ')).toMatch(/Giấy tiếp nhận.*1022/);
    expect(dossierNotFound(null, '1022').message).toContain('chưa đúng dạng');
  });
});

describe('parseDossierStatus', () => {
  it.each([
    ['Đã tiếp nhận', 'received'],
    ['dang xu ly', 'processing'],
    ['Yêu cầu bổ sung hồ sơ', 'supplement'],
    ['ĐÃ CÓ KẾT QUẢ', 'ready'],
    ['Đã trả kết quả', 'returned'],
    ['Từ chối giải quyết', 'rejected'],
    ['Công dân rút hồ sơ', 'withdrawn'],
    ['returned', 'returned'],
    ['???', null],
  ])('%s → %s', (text, status) => {
    expect(parseDossierStatus(text)).toBe(status);
  });
});
