import { describe, expect, it } from 'vitest';
import { isPublicHoliday, publicHolidays } from './holidays';

describe('public holidays', () => {
  it('closes the centres for Tết, the Hùng Kings, 30/4, 1/5 and National Day in 2026', () => {
    const days = publicHolidays(2026);
    for (const d of ['2026-01-01', '2026-02-16', '2026-02-17', '2026-02-20', '2026-04-30', '2026-05-01', '2026-09-01', '2026-09-02']) expect(days).toContain(d);
    // Giỗ Tổ falls on Sunday 26 April 2026: made up on Monday 27 April.
    expect(days).toContain('2026-04-27');
    expect(isPublicHoliday('2026-03-02')).toBe(false);
  });

  it('knows nothing of years without lunar data but the fixed days', () => {
    expect(publicHolidays(2031)).toEqual(expect.arrayContaining(['2031-01-01', '2031-04-30', '2031-05-01', '2031-09-02']));
  });
});
