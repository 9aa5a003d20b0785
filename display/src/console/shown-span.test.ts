import { describe, expect, it } from 'vitest';
import { shownSpan } from './shown-span';

describe('shownSpan', () => {
  it('dates showings by the Vietnam day they started on, not the UTC one', () => {
    // 06:30 on 1 October and 00:00:10 on 15 December in Vietnam.
    expect(shownSpan('2026-09-30T23:30:00.000Z', '2026-12-14T17:00:10.000Z')).toBe('01/10/2026 → 15/12/2026');
    // 23:59 on 31 December in Vietnam stays in the year.
    expect(shownSpan('2026-12-31T16:59:50.000Z', '2026-12-31T16:59:50.000Z')).toBe('31/12/2026 → 31/12/2026');
  });
});
