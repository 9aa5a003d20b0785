import { describe, expect, it } from 'vitest';
import type { PlanTarget } from '../schemas/plan';
import { type PlaylistVersion, PlaylistItemSchema } from '../schemas/playlist';
import { vnDay } from './aggregate';
import { periodsOf, targetProgress } from './targets';

const target = (over: Partial<PlanTarget>): PlanTarget => ({ id: 't', centreId: 'lt', seq: 1, content: 'Bản tin', product: 'Mỗi tháng ít nhất 2 bản tin', lead: '', partners: '', timing: 'Thường xuyên', form: 'ban_tin', reformArea: null, measure: { count: 2, per: 'month' }, ...over });
const text = (id: string, over: Record<string, unknown> = {}) => PlaylistItemSchema.parse({ id, kind: 'text', title: `Tin ${id}`, durationMs: 10_000, heading: 'x', body: '', form: 'ban_tin', ...over });
const version: PlaylistVersion = { playlistId: 'p', version: 1, name: 'P', centreId: 'lt', target: { centreIds: [], groups: [] }, items: [text('a'), text('b'), text('c'), text('v', { form: 'video_clip' })], publishedAt: '2026-01-01T00:00:00Z', publishedBy: 'x', rollbackOf: null };
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
  it('counts distinct matching items per period: January met (2), February behind (1)', () => {
    const [p] = targetProgress([target({})], [shown('a', '2026-01-03T01:00:00Z'), shown('a', '2026-01-04T01:00:00Z'), shown('b', '2026-01-20T01:00:00Z'), shown('v', '2026-01-21T01:00:00Z'), shown('c', '2026-02-02T01:00:00Z')], [version], '2026-01-01', '2026-02-28');
    expect(p?.periods.map((x) => [x.from, x.shown, x.required])).toEqual([['2026-01-01', 2, 2], ['2026-02-01', 1, 2]]);
    expect(p?.status).toBe('behind');
    expect(p?.items).toEqual(['Tin a', 'Tin b', 'Tin c']);
  });

  it('uses the items that name the target when there are any, and leaves unmeasured rows as such', () => {
    const named = { ...version, items: [text('a', { targetId: 't' }), text('b')] };
    const [p, q] = targetProgress([target({ measure: { count: 1, per: 'year' } }), target({ id: 'u', measure: null })], [shown('a', '2026-03-01T01:00:00Z'), shown('b', '2026-03-02T01:00:00Z')], [named], '2026-01-01', '2026-03-31');
    expect(p).toMatchObject({ status: 'met', items: ['Tin a'] });
    expect(p?.periods[0]).toMatchObject({ shown: 1, partial: true });
    expect(q?.status).toBe('not_measured');
  });

  it('does not call a period behind while it is still under way, unless nothing at all was met', () => {
    const [p] = targetProgress([target({ measure: { count: 4, per: 'year' } })], [shown('a', '2026-01-05T01:00:00Z')], [version], '2026-01-01', '2026-03-31');
    expect(p?.status).toBe('behind');
    const [q] = targetProgress([target({ measure: { count: 1, per: 'year' } })], [shown('a', '2026-01-05T01:00:00Z')], [version], '2026-01-01', '2026-03-31');
    expect(q?.status).toBe('met');
  });
});
