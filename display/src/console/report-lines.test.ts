import { describe, expect, it } from 'vitest';
import { periodLine, rowMinutes } from './report-lines';

describe('periodLine', () => {
  it('names a plan period as the Word report does', () => {
    expect(periodLine({ from: '2026-11-01', to: '2026-11-30', required: 2, shown: 1, partial: false }, 'vi')).toBe('Tháng 11 năm 2026: 1/2');
    expect(periodLine({ from: '2026-10-01', to: '2026-12-31', required: 1, shown: 1, partial: false }, 'vi')).toBe('Quý IV năm 2026: 1/1');
    expect(periodLine({ from: '2026-01-01', to: '2026-12-31', required: 1, shown: 1, partial: true }, 'vi')).toBe('Năm 2026: 1/1 (chưa hết kỳ)');
    expect(periodLine({ from: '2026-11-01', to: '2026-11-30', required: 2, shown: 1, partial: true }, 'en')).toBe('2026-11-01 – 2026-11-30: 1/2 (partial)');
  });
});

describe('rowMinutes', () => {
  it('gives each row whole minutes that add up to the total: 90 s + 75 s + 45 s + 45 s + 45 s + 30 s = 5.5 minutes', () => {
    expect(rowMinutes([90_000, 75_000, 45_000, 45_000, 45_000, 30_000], 'vi')).toEqual(['2 phút', '1 phút', '1 phút', '1 phút', '1 phút', '0 phút']);
    expect(rowMinutes([3_900_000], 'en')).toEqual(['1 h 5 min']);
  });
});
