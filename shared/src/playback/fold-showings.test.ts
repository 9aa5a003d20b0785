import { describe, expect, it } from 'vitest';
import type { Impression, ImpressionSummary } from '../schemas/impression';
import { foldShowings, summaryProblem } from './fold-showings';

let seq = 0;
const shown = (itemId: string, startedAt: string, durationMs = 10_000, reason: Impression['reason'] = 'completed'): Impression => ({
  id: `00000000-0000-4000-8000-${String(++seq).padStart(12, '0')}`,
  deviceId: 's1',
  itemId,
  playlistId: 'p',
  playlistVersion: 1,
  startedAt,
  durationMs,
  completed: reason === 'completed',
  reason,
});
const ids = () => {
  let n = 0;
  return () => `id-${++n}`;
};

describe('foldShowings', () => {
  it('makes one summary per Vietnam day and item, each under a fresh id, leaving failed showings out', () => {
    const out = foldShowings(
      [shown('a', '2026-03-01T16:59:00Z'), shown('a', '2026-03-01T17:01:00Z'), shown('a', '2026-03-01T18:00:00Z', 4_000, 'failed'), shown('b', '2026-03-01T10:00:00Z')],
      [],
      ids(),
    );
    expect(out).toEqual([
      {
        id: 'id-1',
        day: '2026-03-01',
        deviceId: 's1',
        playlistId: 'p',
        playlistVersion: 1,
        itemId: 'a',
        showings: 1,
        playMs: 10_000,
        completed: 1,
        first: '2026-03-01T16:59:00.000Z',
        last: '2026-03-01T16:59:00.000Z',
      },
      {
        id: 'id-2',
        day: '2026-03-02',
        deviceId: 's1',
        playlistId: 'p',
        playlistVersion: 1,
        itemId: 'a',
        showings: 1,
        playMs: 10_000,
        completed: 1,
        first: '2026-03-01T17:01:00.000Z',
        last: '2026-03-01T17:01:00.000Z',
      },
      {
        id: 'id-3',
        day: '2026-03-01',
        deviceId: 's1',
        playlistId: 'p',
        playlistVersion: 1,
        itemId: 'b',
        showings: 1,
        playMs: 10_000,
        completed: 1,
        first: '2026-03-01T10:00:00.000Z',
        last: '2026-03-01T10:00:00.000Z',
      },
    ]);
  });

  it('adds to an open summary of the same group, keeping its id, and leaves it untouched otherwise (an interrupted showing is not counted)', () => {
    const open: ImpressionSummary = {
      id: 'open-a',
      day: '2026-03-01',
      deviceId: 's1',
      playlistId: 'p',
      playlistVersion: 1,
      itemId: 'a',
      showings: 5,
      playMs: 50_000,
      completed: 5,
      first: '2026-03-01T01:00:00.000Z',
      last: '2026-03-01T02:00:00.000Z',
    };
    const other = { ...open, id: 'open-b', itemId: 'b' };
    const out = foldShowings([shown('a', '2026-03-01T00:30:00Z'), shown('a', '2026-03-01T03:00:00Z', 1_000, 'interrupted')], [open, other], ids());
    expect(out).toEqual([{ ...open, showings: 6, playMs: 60_000, completed: 6, first: '2026-03-01T00:30:00.000Z', last: '2026-03-01T02:00:00.000Z' }]);
    expect(open.showings).toBe(5);
  });

  it('folds nothing into nothing', () => {
    expect(foldShowings([], [], ids())).toEqual([]);
  });
});

describe('summaryProblem', () => {
  const ok: ImpressionSummary = {
    id: 'x',
    day: '2026-03-02',
    deviceId: 's1',
    playlistId: 'p',
    playlistVersion: 1,
    itemId: 'a',
    showings: 3,
    playMs: 30_000,
    completed: 2,
    first: '2026-03-01T17:00:00.000Z',
    last: '2026-03-02T16:59:59.999Z',
  };
  it.each([
    ['a summary folded from real showings', ok, null],
    ['more completed than shown', { ...ok, completed: 4 }, 'completed_exceeds_showings'],
    ['last before first', { ...ok, first: ok.last, last: ok.first }, 'first_after_last'],
    ['a start on the day before', { ...ok, first: '2026-03-01T16:59:59.999Z' }, 'outside_its_day'],
    ['a start on the day after', { ...ok, last: '2026-03-02T17:00:00.000Z' }, 'outside_its_day'],
    ['offsets are read, not ignored', { ...ok, first: '2026-03-02T00:00:00+07:00' }, null],
    ['more than a day of play per showing', { ...ok, playMs: 3 * 86_400_000 + 1 }, 'play_too_long'],
  ] as const)('%s', (_name, s, problem) => {
    expect(summaryProblem(s)).toBe(problem);
  });
});
