import { describe, expect, it } from 'vitest';
import { quarterAround, reportSearch } from './report-query';

describe('quarterAround', () => {
  it('cuts quarters on the 15th, as Decree 09/2019 does', () => {
    expect(quarterAround(new Date('2026-05-01T03:00:00Z'))).toEqual({ from: '2026-03-15', to: '2026-06-14' });
    expect(quarterAround(new Date('2026-06-15T03:00:00Z'))).toEqual({ from: '2026-06-15', to: '2026-09-14' });
  });
  it('takes the day in Vietnam: 18:00 UTC on the 14th is already the 15th there', () => {
    expect(quarterAround(new Date('2026-06-14T18:00:00Z')).from).toBe('2026-06-15');
    expect(quarterAround(new Date('2026-06-14T16:00:00Z')).from).toBe('2026-03-15');
  });
});

describe('reportSearch', () => {
  it('names the centre only when the report has one', () => {
    const q = { from: '2026-03-15', to: '2026-06-14', centre: '' };
    expect(Object.fromEntries(new URLSearchParams(reportSearch(q, 'docx')))).toEqual({ from: '2026-03-15', to: '2026-06-14', format: 'docx' });
    expect(new URLSearchParams(reportSearch({ ...q, centre: 'xa-a' }, 'json')).get('centre')).toBe('xa-a');
  });
});
