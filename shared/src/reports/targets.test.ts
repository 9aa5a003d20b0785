import { describe, expect, it } from 'vitest';
import type { PlanTarget } from '../schemas/plan';
import { type PlaylistVersion, PlaylistItemSchema } from '../schemas/playlist';
import { vnDay } from './aggregate';
import { periodsOf, targetProgress } from './targets';

const target = (over: Partial<PlanTarget>): PlanTarget => ({
  id: 't',
  centreId: 'lt',
  seq: 1,
  content: 'Bản tin',
  product: 'Mỗi tháng ít nhất 2 bản tin',
  lead: '',
  partners: '',
  timing: 'Thường xuyên',
  form: 'ban_tin',
  reformArea: null,
  measure: { count: 2, per: 'month' },
  measuredBy: 'showings',
  ...over,
});
const text = (id: string, over: Record<string, unknown> = {}) =>
  PlaylistItemSchema.parse({ id, kind: 'text', title: `Tin ${id}`, durationMs: 10_000, heading: 'x', body: '', form: 'ban_tin', ...over });
const version: PlaylistVersion = {
  playlistId: 'p',
  version: 1,
  name: 'P',
  centreId: 'lt',
  target: { centreIds: [], groups: [] },
  items: [text('a'), text('b'), text('c'), text('v', { form: 'video_clip' })],
  publishedAt: '2026-01-01T00:00:00Z',
  publishedBy: 'x',
  rollbackOf: null,
};
const shown = (itemId: string, startedAt: string) => ({ itemId, playlistId: 'p', playlistVersion: 1, day: vnDay(startedAt) });

describe('periodsOf', () => {
  it('cuts a quarter into months, Monday weeks, and the year it sits in', () => {
    expect(periodsOf('month', '2026-01-01', '2026-03-31').map((p) => p.from)).toEqual(['2026-01-01', '2026-02-01', '2026-03-01']);
    expect(periodsOf('month', '2026-01-15', '2026-02-10')).toEqual([
      { from: '2026-01-01', to: '2026-01-31' },
      { from: '2026-02-01', to: '2026-02-28' },
    ]);
    expect(periodsOf('week', '2026-03-04', '2026-03-10')).toEqual([
      { from: '2026-03-02', to: '2026-03-08' },
      { from: '2026-03-09', to: '2026-03-15' },
    ]);
    expect(periodsOf('year', '2026-04-01', '2026-06-30')).toEqual([{ from: '2026-01-01', to: '2026-12-31' }]);
  });
});

describe('targetProgress', () => {
  const tagged = { ...version, items: [text('a', { targetId: 't' }), text('b', { targetId: 't' }), text('c', { targetId: 't' }), text('v', { form: 'video_clip' }), text('d')] };
  const progress = (targets: PlanTarget[], groups: ReturnType<typeof shown>[], register: Parameters<typeof targetProgress>[3] = [], from = '2026-01-01', to = '2026-02-28') =>
    targetProgress(targets, groups, [tagged], register, from, to);
  const entry = (date: string, count = 1, over: Record<string, unknown> = {}) => ({ targetId: 't', date, count, title: `Bài đăng ${date}`, withdrawn: null, ...over });

  it('counts distinct tagged items per period: January met (2), February behind (1)', () => {
    const [p] = progress(
      [target({})],
      [shown('a', '2026-01-03T01:00:00Z'), shown('a', '2026-01-04T01:00:00Z'), shown('b', '2026-01-20T01:00:00Z'), shown('v', '2026-01-21T01:00:00Z'), shown('c', '2026-02-02T01:00:00Z')],
    );
    expect(p?.periods.map((x) => [x.from, x.shown, x.required])).toEqual([
      ['2026-01-01', 2, 2],
      ['2026-02-01', 1, 2],
    ]);
    expect(p?.status).toBe('behind');
    expect(p?.items).toEqual(['Tin a', 'Tin b', 'Tin c']);
  });

  it('names an item renamed in a later version once, as it was first shown', () => {
    const renamed = { ...tagged, version: 2, items: tagged.items.map((i) => (i.id === 'a' ? { ...i, title: 'Tin a (đã sửa)' } : i)) };
    const groups = [
      { itemId: 'a', playlistId: 'p', playlistVersion: 2, day: '2026-01-10', first: '2026-01-10T01:00:00.000Z' },
      { itemId: 'a', playlistId: 'p', playlistVersion: 1, day: '2026-01-03', first: '2026-01-03T01:00:00.000Z' },
      { itemId: 'b', playlistId: 'p', playlistVersion: 1, day: '2026-01-04', first: '2026-01-04T01:00:00.000Z' },
    ];
    const [p] = targetProgress([target({})], groups, [tagged, renamed], [], '2026-01-01', '2026-01-31');
    expect(p?.periods.map((x) => x.shown)).toEqual([2]);
    expect(p?.items).toEqual(['Tin a', 'Tin b']);
  });

  it("never counts an item for its form alone: an untagged bulletin is not the plan's bulletin", () => {
    const [p] = progress([target({ measure: { count: 1, per: 'month' } })], [shown('d', '2026-01-03T01:00:00Z'), shown('d', '2026-02-03T01:00:00Z')]);
    expect(p).toMatchObject({ status: 'behind', items: [] });
  });

  it('adds register entries to a row measured by both, and counts only entries for a register row', () => {
    const groups = [shown('a', '2026-01-03T01:00:00Z')];
    const register = [
      entry('2026-01-10'),
      entry('2026-02-10', 2),
      entry('2026-02-11', 5, { withdrawn: { at: '2026-02-12T00:00:00Z', by: 'x', reason: 'nhầm' } }),
      entry('2026-01-12', 3, { targetId: 'other' }),
    ];
    const [both] = progress([target({ measuredBy: 'both' })], groups, register);
    expect(both?.periods.map((x) => x.shown)).toEqual([2, 2]);
    expect(both?.status).toBe('met');
    expect(both?.entries).toEqual([
      { title: 'Bài đăng 2026-01-10', date: '2026-01-10', count: 1 },
      { title: 'Bài đăng 2026-02-10', date: '2026-02-10', count: 2 },
    ]);
    const [reg] = progress([target({ measuredBy: 'register' })], groups, register);
    expect(reg?.periods.map((x) => x.shown)).toEqual([1, 2]);
    expect(reg?.items).toEqual([]);
  });

  it('calls a row without a measure done once something counted, and leaves self-assessed rows to the unit', () => {
    const [done, notDone, self] = progress(
      [target({ id: 't', measure: null, measuredBy: 'register' }), target({ id: 'u', measure: null, measuredBy: 'register' }), target({ id: 's', measure: null, measuredBy: null })],
      [],
      [entry('2026-01-10')],
    );
    expect(done).toMatchObject({ status: 'done', periods: [] });
    expect(notDone?.status).toBe('not_done');
    expect(self).toMatchObject({ status: 'self', measuredBy: 'self' });
  });

  it('does not call a period behind while it is still under way, unless nothing at all was met', () => {
    const [p] = progress([target({ measure: { count: 4, per: 'year' } })], [shown('a', '2026-01-05T01:00:00Z')], [], '2026-01-01', '2026-03-31');
    expect(p?.status).toBe('behind');
    const [q] = progress([target({ measure: { count: 1, per: 'year' } })], [shown('a', '2026-01-05T01:00:00Z')], [], '2026-01-01', '2026-03-31');
    expect(q?.status).toBe('met');
    expect(q?.periods[0]).toMatchObject({ shown: 1, partial: true });
  });
});
