import { describe, expect, it } from 'vitest';
import { openingWindows, screenUptime } from './uptime';

const H = 3_600_000;
const screens = [
  { id: 's1', name: 'Sảnh 1', centreId: 'lt' },
  { id: 's2', name: 'Sảnh 2', centreId: 'lt' },
];

describe('openingWindows', () => {
  it('opens 07:00–17:00 on weekdays and 07:00–11:30 on Saturday, Vietnam time', () => {
    // 2026-03-06 is a Friday, 07 a Saturday, 08 a Sunday.
    const w = openingWindows('2026-03-06', '2026-03-08', Infinity);
    expect(w.map(([a, b]) => [new Date(a).toISOString(), (b - a) / H])).toEqual([
      ['2026-03-06T00:00:00.000Z', 10],
      ['2026-03-07T00:00:00.000Z', 4.5],
    ]);
  });
});

describe('screenUptime', () => {
  it('counts connected time in the period and within opening hours, once where sessions overlap', () => {
    const [s1, s2] = screenUptime(
      screens,
      [
        // Friday 06:00–12:00 Vietnam time, and an overlapping second socket 11:00–13:00 (two nodes).
        { deviceId: 's1', from: '2026-03-05T23:00:00Z', to: '2026-03-06T05:00:00Z' },
        { deviceId: 's1', from: '2026-03-06T04:00:00Z', to: '2026-03-06T06:00:00Z' },
        // Saturday from 10:00 and still connected at `now` (Saturday 12:00).
        { deviceId: 's1', from: '2026-03-07T03:00:00Z', to: null },
      ],
      new Map([['s1', 2]]),
      '2026-03-06',
      '2026-03-08',
      '2026-03-07T05:00:00Z',
    );
    expect(s1).toMatchObject({ onlineMs: (7 + 2) * H, openOnlineMs: (6 + 1.5) * H, openMs: 14.5 * H, daysWithShowings: 2 });
    expect(s1?.share).toBeCloseTo(7.5 / 14.5);
    expect(s2).toMatchObject({ onlineMs: 0, openOnlineMs: 0, share: 0, daysWithShowings: 0 });
  });

  it('ignores sessions outside the period and cuts those that straddle it', () => {
    const [s1] = screenUptime(
      screens,
      [
        { deviceId: 's1', from: '2026-02-28T10:00:00Z', to: '2026-03-02T01:00:00Z' },
        { deviceId: 's1', from: '2026-04-01T00:00:00Z', to: '2026-04-02T00:00:00Z' },
      ],
      new Map(),
      '2026-03-02',
      '2026-03-02',
      '2026-05-01T00:00:00Z',
    );
    // Monday 2 March from 00:00 to 08:00 Vietnam time: 8 h connected, 1 h of it open.
    expect(s1).toMatchObject({ onlineMs: 8 * H, openOnlineMs: 1 * H, openMs: 10 * H });
  });
});
