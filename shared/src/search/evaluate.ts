/**
 * Scores a search function on a labelled query set the way the quality test and the bench both report
 * it: top-1, top-3 and mean reciprocal rank (over the first ten; a miss scores 0).
 */
export interface LabelledQuery {
  q: string;
  expect: readonly string[];
}

export interface SetScore {
  n: number;
  top1: number;
  top3: number;
  mrr: number;
  /** Queries whose answer was not in the first three, with what came instead. */
  misses: string[];
}

export function scoreSet(set: readonly LabelledQuery[], run: (q: string) => readonly string[]): SetScore {
  let top1 = 0;
  let top3 = 0;
  let rr = 0;
  const misses: string[] = [];
  for (const { q, expect } of set) {
    const codes = run(q).slice(0, 10);
    const rank = codes.findIndex((c) => expect.includes(c));
    if (rank === 0) top1++;
    if (rank >= 0 && rank < 3) top3++;
    else misses.push(`${q} → ${codes.slice(0, 3).join(', ') || 'nothing'} (want ${expect.join(' or ')})`);
    if (rank >= 0) rr += 1 / (rank + 1);
  }
  const n = set.length || 1;
  return { n: set.length, top1: top1 / n, top3: top3 / n, mrr: rr / n, misses };
}

export const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
