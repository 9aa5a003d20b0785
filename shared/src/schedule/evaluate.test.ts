import { describe, expect, it } from 'vitest';
import { type PlaylistItem, type PlaylistItemInput, PlaylistItemSchema } from '../schemas/playlist';
import { evaluateSchedule, isItemActive, nextChangeAt } from './evaluate';
import { toLocalTime } from './local-time';

const makeItem = (over: Partial<PlaylistItemInput> = {}): PlaylistItem => PlaylistItemSchema.parse({ id: 'i', kind: 'text', title: 'T', durationMs: 8000, heading: 'h', body: 'b', ...over });
/** An instant given as Vietnam wall-clock time. */
const vn = (local: string) => Date.parse(`${local}+07:00`);

describe('toLocalTime (Asia/Ho_Chi_Minh, UTC+7, no DST)', () => {
  it.each([
    ['2026-03-02T00:30:00Z', 1, 7 * 60 + 30, '2026-03-02'], // Monday 07:30 local
    ['2026-03-01T17:30:00Z', 1, 30, '2026-03-02'], // Sunday 17:30 UTC is Monday 00:30 local
    ['2026-07-05T16:59:00Z', 7, 23 * 60 + 59, '2026-07-05'], // summer: still +7, Sunday 23:59
  ])('%s → weekday %i, minute %i, %s', (iso, weekday, minute, date) => {
    expect(toLocalTime(Date.parse(iso))).toEqual({ weekday, minute, date });
  });
});

describe('isItemActive', () => {
  const officeHours = {
    dayparts: [
      { start: '07:00', end: '11:30' },
      { start: '13:00', end: '17:00' },
    ],
    weekdays: [1, 2, 3, 4, 5],
  };
  const night = { dayparts: [{ start: '22:00', end: '02:00' }], weekdays: [5] }; // Friday night
  it.each([
    ['no rules: always', {}, '2026-03-07T03:00:00', true],
    ['office hours, Monday 08:00', officeHours, '2026-03-02T08:00:00', true],
    ['office hours, Monday 12:00 (lunch)', officeHours, '2026-03-02T12:00:00', false],
    ['office hours, end is exclusive', officeHours, '2026-03-02T17:00:00', false],
    ['office hours, Saturday 08:00', officeHours, '2026-03-07T08:00:00', false],
    ['crossing midnight: Friday 23:00', night, '2026-03-06T23:00:00', true],
    ['crossing midnight: Saturday 01:00 belongs to Friday', night, '2026-03-07T01:00:00', true],
    ['crossing midnight: Friday 01:00 belongs to Thursday', night, '2026-03-06T01:00:00', false],
    ['crossing midnight: Saturday 02:00 is over', night, '2026-03-07T02:00:00', false],
    ['weekdays only: Sunday', { weekdays: [7] }, '2026-03-08T10:00:00', true],
    ['weekdays only: Monday', { weekdays: [7] }, '2026-03-09T10:00:00', false],
    ['before its window', { validFrom: '2026-04-01T00:00:00+07:00' }, '2026-03-31T23:59:59', false],
    ['at its start', { validFrom: '2026-04-01T00:00:00+07:00' }, '2026-04-01T00:00:00', true],
    ['at its end (exclusive)', { validTo: '2026-04-30T00:00:00+07:00' }, '2026-04-30T00:00:00', false],
    ['window given in UTC', { validFrom: '2026-03-31T17:00:00Z' }, '2026-04-01T00:00:00', true],
  ])('%s', (_name, over, local, expected) => {
    expect(isItemActive(makeItem(over as Partial<PlaylistItemInput>), vn(local))).toBe(expected);
  });
});

describe('evaluateSchedule', () => {
  const routine = makeItem({ id: 'routine' });
  const campaign = makeItem({ id: 'campaign', priority: 10, validFrom: '2026-03-01T00:00:00+07:00', validTo: '2026-03-08T00:00:00+07:00' });
  const ticker = makeItem({ id: 'ticker', kind: 'ticker', text: 'Tin' } as Partial<PlaylistItemInput>);
  const alert = makeItem({ id: 'alert', kind: 'emergency', text: 'Mất điện', validTo: '2026-03-02T10:00:00+07:00' } as Partial<PlaylistItemInput>);

  it('plays the routine loop and splits tickers into their zone', () => {
    const s = evaluateSchedule([routine, ticker], vn('2026-02-20T09:00:00'));
    expect(s.main.map((i) => i.id)).toEqual(['routine']);
    expect(s.tickers.map((i) => i.id)).toEqual(['ticker']);
  });
  it('lets a higher-priority campaign displace the routine loop while it runs, then gives it back', () => {
    expect(evaluateSchedule([routine, campaign], vn('2026-03-03T09:00:00')).main.map((i) => i.id)).toEqual(['campaign']);
    expect(evaluateSchedule([routine, campaign], vn('2026-03-09T09:00:00')).main.map((i) => i.id)).toEqual(['routine']);
  });
  it('keeps overlapping windows of equal priority together, in playlist order', () => {
    const a = makeItem({ id: 'a', validFrom: '2026-03-01T00:00:00+07:00', validTo: '2026-03-10T00:00:00+07:00' });
    const b = makeItem({ id: 'b', validFrom: '2026-03-05T00:00:00+07:00', validTo: '2026-03-15T00:00:00+07:00' });
    expect(evaluateSchedule([a, b], vn('2026-03-07T09:00:00')).main.map((i) => i.id)).toEqual(['a', 'b']);
    expect(evaluateSchedule([a, b], vn('2026-03-12T09:00:00')).main.map((i) => i.id)).toEqual(['b']);
  });
  it('reports an emergency in force, and drops it when it expires', () => {
    expect(evaluateSchedule([routine, alert], vn('2026-03-02T09:00:00')).emergencies.map((i) => i.id)).toEqual(['alert']);
    expect(evaluateSchedule([routine, alert], vn('2026-03-02T10:00:00')).emergencies).toEqual([]);
  });
  it('returns an empty main zone (→ the fallback slide) when nothing is on', () => {
    const s = evaluateSchedule([makeItem({ weekdays: [6] })], vn('2026-03-02T09:00:00'));
    expect(s.main).toEqual([]);
  });
});

describe('nextChangeAt', () => {
  it('finds the next daypart edge or window edge', () => {
    const item = makeItem({ dayparts: [{ start: '07:00', end: '11:30' }] });
    expect(nextChangeAt([item], vn('2026-03-02T09:00:00'))).toBe(vn('2026-03-02T11:30:00'));
    const windowed = makeItem({ validTo: '2026-03-02T09:15:00+07:00' });
    expect(nextChangeAt([windowed, item], vn('2026-03-02T09:00:00'))).toBe(vn('2026-03-02T09:15:00'));
  });
});
