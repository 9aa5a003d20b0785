import { describe, expect, it } from 'vitest';
import { minutesText } from './minutes-text';

describe('minutesText', () => {
  it.each([
    [45, '45 phút', '45 min'],
    [240, '4 giờ', '4 h'],
    [90, '1 giờ 30 phút', '1 h 30 min'],
    [10080, '7 ngày', '7 d'],
    [1441, '1 ngày 1 phút', '1 d 1 min'],
    [0, '0 phút', '0 min'],
  ])('%i minutes → %s / %s', (m, vi, en) => {
    expect(minutesText(m)).toEqual([vi, en]);
  });
});
