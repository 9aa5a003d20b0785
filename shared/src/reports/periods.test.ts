import { describe, expect, it } from 'vitest';
import { countedPart, periodContaining, periodPhrase, reportingPeriod } from './periods';

describe('reporting periods (Decree 09/2019 Art. 12 and calendar)', () => {
  it.each([
    ['quarter', 1, '2025-12-15', '2026-03-14', 'quý I năm 2026'],
    ['quarter', 4, '2026-09-15', '2026-12-14', 'quý IV năm 2026'],
    ['half', 1, '2025-12-15', '2026-06-14', '6 tháng đầu năm 2026'],
    ['year', 1, '2025-12-15', '2026-12-14', 'năm 2026'],
    ['month', 1, '2025-12-15', '2026-01-14', 'tháng 01 năm 2026'],
    ['month', 3, '2026-02-15', '2026-03-14', 'tháng 3 năm 2026'],
  ] as const)('decree09 %s %i of 2026 runs %s–%s (%s)', (kind, i, from, to, label) => {
    expect(reportingPeriod(kind, 2026, i, 'decree09')).toMatchObject({ from, to, label });
  });

  it.each([
    ['quarter', 1, '2026-01-01', '2026-03-31'],
    ['quarter', 4, '2026-10-01', '2026-12-31'],
    ['half', 2, '2026-07-01', '2026-12-31'],
    ['month', 2, '2026-02-01', '2026-02-28'],
  ] as const)('calendar %s %i of 2026 runs %s–%s', (kind, i, from, to) => {
    expect(reportingPeriod(kind, 2026, i, 'calendar')).toMatchObject({ from, to });
  });

  it('puts a day from the 15th on in the next period under Decree 09, and wraps the year', () => {
    expect(periodContaining('quarter', '2026-12-02', 'decree09')).toMatchObject({ from: '2026-09-15', to: '2026-12-14' });
    expect(periodContaining('quarter', '2026-12-15', 'decree09')).toMatchObject({ year: 2027, index: 1, from: '2026-12-15', to: '2027-03-14' });
    expect(periodContaining('quarter', '2026-12-15', 'calendar')).toMatchObject({ year: 2026, index: 4 });
  });

  it.each([
    ['2026-09-15', '2026-12-14', 'quý IV năm 2026'],
    ['2026-10-01', '2026-12-31', 'quý IV năm 2026'],
    ['2026-01-01', '2026-06-30', '6 tháng đầu năm 2026'],
    ['2026-02-01', '2026-04-30', 'từ ngày 01/02/2026 đến ngày 30/04/2026'],
  ])('names %s–%s "%s"', (from, to, phrase) => expect(periodPhrase(from, to)).toBe(phrase));

  it('counts a period only up to the day the report is run, and says so', () => {
    expect(countedPart('2026-09-15', '2026-12-14', '2026-12-02')).toEqual({ through: '2026-12-02', days: 79, partial: true });
    expect(countedPart('2026-10-01', '2026-12-31', '2026-12-02')).toEqual({ through: '2026-12-02', days: 63, partial: true });
    expect(countedPart('2026-07-01', '2026-09-30', '2026-12-02')).toEqual({ through: '2026-09-30', days: 92, partial: false });
  });
});
