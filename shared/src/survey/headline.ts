/**
 * What the waiting-room TV says about satisfaction, in words a citizen reads at a glance. Below a
 * minimum number of answers a percentage would swing with every answer (3 of 4 is "75 %"), so the
 * slide says answers are being collected instead.
 */

/** Answers needed before the TV shows a figure; a slide may ask for more or fewer. */
export const DEFAULT_MIN_ANSWERS = 30;

export type SatisfactionHeadline = { kind: 'collecting'; n: number; needed: number; text: string } | { kind: 'score'; n: number; outOfTen: number; text: string; percent: string; interval: string };

const pct = (x: number) => `${Math.round(x * 100)}%`;

/**
 * "9 trên 10 người hài lòng", rounded down so the sentence never claims more than the index does
 * (92 % is 9 in 10, 99 % still 9 in 10); the percentage and its 95 % interval are secondary.
 */
export function satisfactionHeadline(r: { n: number; index: number; ci: { low: number; high: number } } | null, minAnswers: number = DEFAULT_MIN_ANSWERS): SatisfactionHeadline {
  const n = r?.n ?? 0;
  const needed = Math.max(1, Math.floor(minAnswers));
  if (!r || n < needed) {
    const text = n === 0 ? 'Chưa có đánh giá. Mời ông/bà cho ý kiến.' : `Đang thu thập ý kiến: đã có ${n} lượt đánh giá, cần ít nhất ${needed} để công bố kết quả.`;
    return { kind: 'collecting', n, needed, text };
  }
  const outOfTen = Math.min(10, Math.max(0, Math.floor(r.index * 10 + 1e-9)));
  const text = outOfTen === 0 ? 'Dưới 1 trên 10 người hài lòng' : `${outOfTen} trên 10 người hài lòng`;
  return { kind: 'score', n, outOfTen, text, percent: pct(r.index), interval: `${pct(r.ci.low)}–${pct(r.ci.high)}` };
}
