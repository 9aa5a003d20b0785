import { describe, expect, it } from 'vitest';
import { DAY_CAPACITY, isOverfull } from './day-capacity';

describe('a screen-day’s capacity', () => {
  it('holds a real day of the shortest items, all day long', () => {
    // Two-second items (the shortest the editor allows) from midnight to midnight.
    expect(isOverfull({ showings: 43_200, playMs: 86_400_000 })).toBe(false);
    // The day's last item starts at 23:59:59 and runs its full 30 minutes.
    expect(isOverfull({ showings: 43_200, playMs: 86_400_000 + 30 * 60_000 })).toBe(false);
  });

  it('names a day with more showings, or more time on screen, than one screen fits', () => {
    expect(isOverfull({ showings: DAY_CAPACITY.showings + 1, playMs: 1_000 })).toBe(true);
    expect(isOverfull({ showings: 1, playMs: DAY_CAPACITY.playMs + 1 })).toBe(true);
    expect(isOverfull(DAY_CAPACITY)).toBe(false);
  });
});
