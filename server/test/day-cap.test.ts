import { describe, expect, it } from 'vitest';
import { DAY_CAP, fitDays } from '../src/impressions/day-cap';

type Claim = { id: string; day: string; showings: number; playMs: number } | { id: string; uncounted: true };
const claimOf = (c: Claim) => ('uncounted' in c ? null : c);

describe('fitDays', () => {
  it('fits claims in order until a day is full, by showings or by time, and leaves other days alone', () => {
    const load = new Map([['2026-03-02', { showings: DAY_CAP.showings - 2, playMs: 1000 }]]);
    const xs: Claim[] = [
      { id: 'a', day: '2026-03-02', showings: 1, playMs: 1000 },
      { id: 'b', day: '2026-03-02', showings: 2, playMs: 1000 },
      { id: 'c', day: '2026-03-02', showings: 1, playMs: 1000 },
      { id: 'd', day: '2026-03-03', showings: 1, playMs: DAY_CAP.playMs },
      { id: 'e', day: '2026-03-03', showings: 1, playMs: 1 },
      { id: 'f', uncounted: true },
    ];
    const { fit, over } = fitDays(load, xs, claimOf);
    expect(fit.map((x) => x.id)).toEqual(['a', 'c', 'd', 'f']);
    expect(over.map((x) => x.id)).toEqual(['b', 'e']);
    // What the day held is not changed by the check.
    expect(load.get('2026-03-02')).toEqual({ showings: DAY_CAP.showings - 2, playMs: 1000 });
  });

  it('holds a real day of the shortest items with room to spare', () => {
    // Two-second items (the shortest the editor allows) for 24 hours.
    const day = Array.from({ length: 43_200 }, (_, i) => ({ id: String(i), day: '2026-03-02', showings: 1, playMs: 2000 }));
    expect(fitDays(new Map(), day, claimOf).over).toEqual([]);
  });
});
