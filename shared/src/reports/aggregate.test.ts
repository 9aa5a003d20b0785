import { describe, expect, it } from 'vitest';
import type { Impression } from '../schemas/impression';
import { type PlaylistVersion, PlaylistItemSchema } from '../schemas/playlist';
import { aggregateShowings, groupKey, groupShowings } from './aggregate';

const video = PlaylistItemSchema.parse({ id: 'v', kind: 'video', title: 'Clip cải cách', durationMs: 10_000, mediaId: 'a'.repeat(64), reformArea: 'tthc', form: 'video_clip' });
const news = PlaylistItemSchema.parse({ id: 'n', kind: 'text', title: 'Bản tin', durationMs: 10_000, heading: 'x', body: '', reformArea: 'cong_vu', form: 'ban_tin' });
const v1: PlaylistVersion = {
  playlistId: 'p',
  version: 1,
  name: 'P',
  centreId: 'lt',
  target: { centreIds: [], groups: [] },
  items: [video, news],
  publishedAt: '2026-01-01T00:00:00Z',
  publishedBy: 'a',
  rollbackOf: null,
};
// Version 2 renamed the clip: showings under version 1 keep the old title.
const v2: PlaylistVersion = { ...v1, version: 2, items: [{ ...video, title: 'Clip mới' }] };
const show = (deviceId: string, itemId: string, version: number, startedAt: string, durationMs = 10_000, completed = true) => ({
  deviceId,
  itemId,
  playlistId: 'p',
  playlistVersion: version,
  startedAt,
  durationMs,
  completed,
  reason: (completed ? 'completed' : 'preempted') as Impression['reason'],
});
const aggregate = (rows: ReturnType<typeof show>[], ...rest: Parameters<typeof aggregateShowings> extends [unknown, ...infer R] ? R : never) =>
  aggregateShowings(groupShowings(rows).values(), ...rest);
const screens = new Map([
  ['s1', { name: 'Sảnh 1', centreId: 'lt' }],
  ['s2', { name: 'Sảnh 2', centreId: 'ltan' }],
]);

describe('aggregateShowings', () => {
  it('counts showings and play time by item, area, form, screen, centre and Vietnam day', () => {
    const r = aggregate(
      [
        show('s1', 'v', 1, '2026-03-01T16:59:00Z'), // 23:59 on 1 March in Vietnam
        show('s1', 'v', 1, '2026-03-01T17:01:00Z'), // 00:01 on 2 March
        show('s2', 'v', 1, '2026-03-02T02:00:00Z', 4_000, false),
        show('s2', 'n', 1, '2026-03-02T03:00:00Z'),
      ],
      [v1, v2],
      screens,
      new Map([
        ['lt', 'Long Thành'],
        ['ltan', 'Lộc Tấn'],
      ]),
    );
    expect(r.totals).toEqual({ showings: 4, playMs: 34_000, completed: 3, screens: 2 });
    expect(r.byItem[0]).toMatchObject({
      key: 'v',
      label: 'Clip cải cách',
      kind: 'video',
      reformArea: 'tthc',
      form: 'video_clip',
      showings: 3,
      playMs: 24_000,
      screens: 2,
      screenIds: ['s1', 's2'],
      mediaId: 'a'.repeat(64),
      first: '2026-03-01T16:59:00.000Z',
      last: '2026-03-02T02:00:00.000Z',
    });
    expect(r.byForm.map((x) => [x.key, x.showings])).toEqual([
      ['video_clip', 3],
      ['ban_tin', 1],
    ]);
    expect(r.byCentre.map((x) => [x.label, x.showings])).toEqual([
      ['Long Thành', 2],
      ['Lộc Tấn', 2],
    ]);
    expect(r.byDay.map((x) => [x.key, x.showings])).toEqual([
      ['2026-03-01', 1],
      ['2026-03-02', 3],
    ]);
  });

  it('titles an item renamed within the period as it was first shown, whatever order the store reads its groups in', () => {
    const groups = [...groupShowings([show('s1', 'v', 1, '2026-03-01T02:00:00Z'), show('s1', 'v', 2, '2026-03-02T02:00:00Z')]).values()];
    const names = new Map([['lt', 'Long Thành']]);
    const titles = [groups, [...groups].reverse()].map((gs) => aggregateShowings(gs, [v1, v2], screens, names).byItem[0]);
    expect(titles.map((i) => [i?.label, i?.showings, i?.first])).toEqual([
      ['Clip cải cách', 2, '2026-03-01T02:00:00.000Z'],
      ['Clip cải cách', 2, '2026-03-01T02:00:00.000Z'],
    ]);
  });

  it('folds rows into one group per day, screen, version and item, normalising offsets to UTC', () => {
    const groups = [...groupShowings([show('s1', 'v', 1, '2026-03-02T08:00:00+07:00'), show('s1', 'v', 1, '2026-03-02T00:30:00Z', 3_000, false), show('s1', 'v', 2, '2026-03-02T02:00:00Z')]).values()];
    expect(groups).toEqual([
      {
        day: '2026-03-02',
        deviceId: 's1',
        playlistId: 'p',
        playlistVersion: 1,
        itemId: 'v',
        showings: 2,
        playMs: 13_000,
        completed: 1,
        first: '2026-03-02T00:30:00.000Z',
        last: '2026-03-02T01:00:00.000Z',
      },
      {
        day: '2026-03-02',
        deviceId: 's1',
        playlistId: 'p',
        playlistVersion: 2,
        itemId: 'v',
        showings: 1,
        playMs: 10_000,
        completed: 1,
        first: '2026-03-02T02:00:00.000Z',
        last: '2026-03-02T02:00:00.000Z',
      },
    ]);
  });

  it('puts each showing on its own Vietnam day when a batch goes back and forth across midnight, and extends groups it is given', () => {
    // 17:00Z is midnight in Vietnam: the day worked out for one showing must not stick to the next.
    const rows = ['2026-03-02T16:59:59.999Z', '2026-03-02T17:00:00.000Z', '2026-03-03T00:00:00+07:00', '2026-03-02T23:59:59.999+07:00', '2026-03-02T10:00:00Z'].map((at) => show('s1', 'v', 1, at));
    const given = {
      day: '2026-03-03',
      deviceId: 's1',
      playlistId: 'p',
      playlistVersion: 1,
      itemId: 'v',
      showings: 1,
      playMs: 10_000,
      completed: 1,
      first: '2026-03-02T18:00:00.000Z',
      last: '2026-03-02T18:00:00.000Z',
    };
    const groups = groupShowings(rows, new Map([[groupKey(given), { ...given }]]));
    expect([...groups.values()].map((g) => [g.day, g.showings, g.first, g.last])).toEqual([
      ['2026-03-03', 3, '2026-03-02T17:00:00.000Z', '2026-03-02T18:00:00.000Z'],
      ['2026-03-02', 3, '2026-03-02T10:00:00.000Z', '2026-03-02T16:59:59.999Z'],
    ]);
  });

  it('never counts failed or interrupted showings, nor any without time on screen (issue 18)', () => {
    const rows = [
      { ...show('s1', 'v', 1, '2026-03-02T01:00:00Z', 0, false), reason: 'failed' as const },
      { ...show('s1', 'v', 1, '2026-03-02T01:01:00Z', 4_000, false), reason: 'failed' as const },
      { ...show('s1', 'v', 1, '2026-03-02T01:02:00Z', 6_000, false), reason: 'interrupted' as const },
      show('s1', 'v', 1, '2026-03-02T01:03:00Z', 0, false),
      show('s1', 'v', 1, '2026-03-02T01:04:00Z', 2_500, false),
    ];
    expect([...groupShowings(rows).values()]).toEqual([
      {
        day: '2026-03-02',
        deviceId: 's1',
        playlistId: 'p',
        playlistVersion: 1,
        itemId: 'v',
        showings: 1,
        playMs: 2_500,
        completed: 0,
        first: '2026-03-02T01:04:00.000Z',
        last: '2026-03-02T01:04:00.000Z',
      },
    ]);
    expect(aggregate(rows.slice(0, 4), [v1], screens, new Map()).byItem).toEqual([]);
  });

  it('gives a screen moved within the period a row at each centre it showed for, counted once among the screens', () => {
    // s1 stands in Lộc Tấn now; its showings before 2 March count for Long Thành.
    const moved = new Map([['s1', { name: 'Sảnh 1', centreId: 'ltan' }]]);
    const r = aggregate([show('s1', 'v', 1, '2026-03-01T02:00:00Z'), show('s1', 'n', 1, '2026-03-01T03:00:00Z'), show('s1', 'v', 1, '2026-03-03T02:00:00Z')], [v1], moved, new Map(), (g) =>
      g.day < '2026-03-02' ? 'lt' : 'ltan',
    );
    expect(r.byScreen.map((x) => [x.key, x.centreId, x.showings])).toEqual([
      ['s1@lt', 'lt', 2],
      ['s1', 'ltan', 1],
    ]);
    expect(r.totals.screens).toBe(1);
  });

  it('keeps showings of items it cannot find, labelled by id, and reports an empty log honestly', () => {
    const r = aggregate([show('s9', 'gone', 7, '2026-03-02T03:00:00Z')], [v1], screens, new Map());
    expect(r.byItem[0]).toMatchObject({ key: 'gone', label: 'gone', kind: 'unknown' });
    expect(r.byScreen[0]?.label).toBe('s9');
    expect(aggregate([], [v1], screens, new Map()).totals).toEqual({ showings: 0, playMs: 0, completed: 0, screens: 0 });
  });
});
