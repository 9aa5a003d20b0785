/**
 * Rounds each row of a table to whole units so that the rounded rows add up to the rounded total
 * (largest remainder): rounding each row on its own, five items of 0.25 minutes print as 0.3 each,
 * 1.5 together, beside a total of 1.3 — and each table of one report gives another total. Each row
 * is its exact value rounded down or up; the units left over go to the largest remainders, ties to
 * the earlier row. Returns whole units per row (e.g. tenths of a minute for unit = 6,000 ms).
 */
export function apportion(values: readonly number[], unit: number): number[] {
  const exact = values.map((v) => v / unit);
  const floors = exact.map(Math.floor);
  const total = Math.round(exact.reduce((a, b) => a + b, 0));
  let left = total - floors.reduce((a, b) => a + b, 0);
  const order = exact.map((e, i) => ({ i, rest: e - (floors[i] as number) })).sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    floors[i] = (floors[i] as number) + 1;
    left -= 1;
  }
  return floors;
}
