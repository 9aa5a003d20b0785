import { describe, expect, it } from 'vitest';
import type { Level } from '../schemas/procedure';
import { buildSearchIndex, search, type SearchOptions } from './engine';

const doc = (code: string, name: string, field = 'Hộ tịch', level: Level[] = ['xa']) => ({ code, name, field, level });

const index = buildSearchIndex([
  doc('1.001193', 'Thủ tục đăng ký khai sinh'),
  doc('1.000894', 'Thủ tục đăng ký kết hôn'),
  doc('1.004873', 'Thủ tục cấp Giấy xác nhận tình trạng hôn nhân'),
  doc('2.000815', 'Chứng thực bản sao từ bản chính giấy tờ, văn bản', 'Chứng thực'),
  doc('1.004222', 'Đăng ký thường trú', 'Đăng ký, quản lý cư trú'),
  doc('1.014063', 'Cấp đổi thẻ căn cước', 'Căn cước'),
  doc('1.000889', 'Cấp đổi thẻ căn cước (thực hiện tại cấp trung ương)', 'Căn cước', ['bo']),
  doc('3.000333', 'Cấp Phiếu Lý lịch tư pháp', 'Lý lịch tư pháp', ['tinh']),
  doc('1.001612', 'Đăng ký thành lập hộ kinh doanh', 'Thành lập và hoạt động của hộ kinh doanh'),
  doc('1.001266', 'Chấm dứt hoạt động hộ kinh doanh', 'Thành lập và hoạt động của hộ kinh doanh'),
]);
const codes = (q: string, opts: Partial<SearchOptions> = {}) => search(index, q, { limit: 10, ...opts }).hits.map((p) => p.code);

describe('search', () => {
  it.each([
    ['without diacritics', 'dang ky khai sinh', '1.001193'],
    ['with diacritics, NFD', 'Đăng ký kết hôn'.normalize('NFD'), '1.000894'],
    ['half-typed last word', 'dang ky ket h', '1.000894'],
    ['old -i spelling of -y', 'dang ki ket hon', '1.000894'],
    ['lí for lý', 'li lich tu phap', '3.000333'],
    ['one typo', 'dang ky ket hong', '1.000894'],
    ['swapped letters', 'dnag ky khai sinh', '1.001193'],
    ['colloquial name', 'giay doc than', '1.004873'],
    ['"công chứng" is certification here', 'cong chung giay to', '2.000815'],
    ['old household-book words', 'nhap ho khau', '1.004222'],
    ['abbreviation', 'doi cccd', '1.014063'],
    ['filler words are not required', 'toi muon lam thu tuc dang ky khai sinh o dau', '1.001193'],
    ['a field word', 'chung thuc', '2.000815'],
  ])('%s: %j', (_name, q, first) => {
    expect(codes(q)[0]).toBe(first);
  });

  it('expands abbreviations to what they stand for', () => {
    expect(codes('HKD')).toEqual(codes('ho kinh doanh'));
    expect(codes('HKD')).toHaveLength(2);
  });

  it('hears regional spellings: ch/tr, s/x, d/gi/r, l/n', () => {
    expect(codes('dang ky thuong chu')[0]).toBe('1.004222');
  });

  it('looks codes up, whole or as typed', () => {
    expect(codes('1.004873')).toEqual(['1.004873']);
    expect(codes('1.00')).toEqual(['1.000889', '1.000894', '1.001193', '1.001266', '1.001612', '1.004222', '1.004873']);
  });

  it('prefers the centre’s level, then the procedures most viewed', () => {
    expect(codes('cap doi the can cuoc', { preferLevel: 'xa' })[0]).toBe('1.014063');
    expect(codes('cap doi the can cuoc', { preferLevel: 'bo' })[0]).toBe('1.000889');
    expect(codes('ho kinh doanh')[0]).toBe('1.001266');
    expect(codes('ho kinh doanh', { views: new Map([['1.001612', 500]]) })[0]).toBe('1.001612');
  });

  it('searches only what the filter allows, and respects the limit', () => {
    expect(codes('dang ky', { filter: (c) => c === '1.004222' })).toEqual(['1.004222']);
    expect(search(index, 'dang ky', { limit: 2 }).hits).toHaveLength(2);
  });

  it('offers partial matches rather than nothing, and says so', () => {
    const r = search(index, 'dang ky khai sinh cho nguoi nuoc ngoai', { limit: 5 });
    expect(r.partial).toBe(true);
    expect(r.hits[0]?.code).toBe('1.001193');
    expect(search(index, 'dang ky khai sinh', { limit: 5 }).partial).toBe(false);
  });

  it.each(['', '   ', '🙂', 'xyzzyq', '\u0000\u001b[2J', '𝔁𝔂𝔃'])('returns nothing, quietly, for %j', (q) => {
    expect(codes(q)).toEqual([]);
  });
});
