import { describe, expect, it } from 'vitest';
import { wholeMonthsWithin } from '../src/impressions/read-groups';

// Pure: kept out of impressions.test.ts, whose every test starts a server.
describe('wholeMonthsWithin', () => {
  it.each([
    ['2026-01-01', '2026-12-31', { first: '2026-01-01', last: '2026-12-01' }],
    ['2026-01-15', '2026-04-30', { first: '2026-02-01', last: '2026-04-01' }],
    ['2026-01-01', '2026-02-27', { first: '2026-01-01', last: '2026-01-01' }],
    ['2026-02-02', '2026-02-28', null],
    ['2024-02-01', '2024-02-29', { first: '2024-02-01', last: '2024-02-01' }],
  ])('%s…%s', (from, to, expected) => expect(wholeMonthsWithin(from, to)).toEqual(expected));
});
