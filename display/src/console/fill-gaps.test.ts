import { describe, expect, it } from 'vitest';
import { fillGaps } from './fill-gaps';

describe('fillGaps', () => {
  it('puts days in calendar order and fills the missing ones with 0', () => {
    expect(
      fillGaps(
        [
          { key: '2026-03-02', showings: 5 },
          { key: '2026-02-27', showings: 1 },
        ],
        false,
      ),
    ).toEqual([
      { key: '2026-02-27', showings: 1 },
      { key: '2026-02-28', showings: 0 },
      { key: '2026-03-01', showings: 0 },
      { key: '2026-03-02', showings: 5 },
    ]);
  });
  it('steps months across a year end, whether a month is keyed by its first day or by itself', () => {
    expect(
      fillGaps(
        [
          { key: '2026-02-01', showings: 2 },
          { key: '2025-12', showings: 3 },
        ],
        true,
      ),
    ).toEqual([
      { key: '2025-12', showings: 3 },
      { key: '2026-01', showings: 0 },
      { key: '2026-02', showings: 2 },
    ]);
  });
  it("spans the report's whole period, beyond the days that had showings", () => {
    const filled = fillGaps([{ key: '2026-03-02', showings: 5 }], false, { from: '2026-03-01', to: '2026-03-04' });
    expect(filled.map((d) => d.showings)).toEqual([0, 5, 0, 0]);
    expect(fillGaps([{ key: '2026-02-01', showings: 2 }], true, { from: '2026-01-01', to: '2026-03-31' }).map((d) => d.key)).toEqual(['2026-01', '2026-02', '2026-03']);
  });
  it('draws nothing from nothing', () => {
    expect(fillGaps([], false)).toEqual([]);
  });
});
