import { describe, expect, it } from 'vitest';
import { DEFAULT_MIN_ANSWERS, satisfactionHeadline } from './headline';

const results = (n: number, index: number) => ({ n, index, ci: { low: index - 0.05, high: index + 0.03 } });

describe('satisfaction headline on the TV', () => {
  it.each([
    [null, 'collecting'],
    [results(0, 0), 'collecting'],
    [results(DEFAULT_MIN_ANSWERS - 1, 0.9), 'collecting'],
    [results(DEFAULT_MIN_ANSWERS, 0.9), 'score'],
  ])('shows a figure only from the minimum number of answers (%o → %s)', (r, kind) => {
    expect(satisfactionHeadline(r).kind).toBe(kind);
  });

  it('says how many answers there are and how many are needed while collecting', () => {
    expect(satisfactionHeadline(results(12, 1)).text).toBe('Đang thu thập ý kiến: đã có 12 lượt đánh giá, cần ít nhất 30 để công bố kết quả.');
  });

  it('follows the minimum a slide asks for', () => {
    expect(satisfactionHeadline(results(12, 0.8), 10).kind).toBe('score');
    expect(satisfactionHeadline(results(40, 0.8), 50).kind).toBe('collecting');
  });

  it.each([
    [0.92, '9 trên 10 người hài lòng'],
    [0.999, '9 trên 10 người hài lòng'],
    [1, '10 trên 10 người hài lòng'],
    [0.7, '7 trên 10 người hài lòng'],
    [0.04, 'Dưới 1 trên 10 người hài lòng'],
  ])('words %f for citizens, never rounding up: %s', (index, text) => {
    expect(satisfactionHeadline(results(100, index)).text).toBe(text);
  });

  it('keeps the percentage and the interval as secondary figures', () => {
    const h = satisfactionHeadline({ n: 120, index: 0.92, ci: { low: 0.86, high: 0.955 } });
    expect(h).toMatchObject({ kind: 'score', percent: '92%', interval: '86%–96%' });
  });
});
