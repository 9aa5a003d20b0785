import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { apportion } from './apportion';

describe('apportion', () => {
  it('gives rows that add up to the rounded total, where rounding each row would not', () => {
    // Play time by day of a quarter checked by hand: 330 s in all, 5.5 minutes.
    const ms = [45_000, 15_000, 20_000, 35_000, 30_000, 15_000, 35_000, 75_000, 15_000, 15_000, 30_000];
    const eachRounded = ms.map((v) => Math.round(v / 6000)).reduce((a, b) => a + b, 0);
    expect(eachRounded).toBe(58);
    const tenths = apportion(ms, 6000);
    expect(tenths.reduce((a, b) => a + b, 0)).toBe(55);
    // The five units left after rounding down go to the largest remainders (0.83, 0.83), then to the first halves.
    expect(tenths).toEqual([8, 3, 3, 6, 5, 3, 6, 12, 2, 2, 5]);
  });

  it('keeps each row within one unit of its exact value, and the sum at the rounded total', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10_000_000 }), { maxLength: 40 }), fc.constantFrom(6000, 60_000), (values, unit) => {
        const out = apportion(values, unit);
        expect(out.reduce((a, b) => a + b, 0)).toBe(Math.round(values.reduce((a, b) => a + b, 0) / unit));
        out.forEach((u, i) => expect(Math.abs(u - (values[i] as number) / unit)).toBeLessThan(1));
      }),
    );
  });
});
