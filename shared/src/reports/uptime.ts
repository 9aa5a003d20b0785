import { isPublicHoliday } from '../time/holidays';
import type { ScreenUptime } from './report';

/** A stretch of time a screen was connected; `to` null while it still is. */
export interface PresenceSpan {
  deviceId: string;
  from: string;
  to: string | null;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/**
 * The hours a centre is open, Vietnam time, by ISO weekday (1 = Monday): Monday to Friday 07:00–17:00
 * and Saturday morning 07:00–11:30, as most one-stop centres receive dossiers. A screen dark outside
 * them is not "down"; uptime is measured against these hours.
 */
export const OPENING_HOURS: Readonly<Record<number, readonly [number, number][]>> = {
  1: [[7, 17]],
  2: [[7, 17]],
  3: [[7, 17]],
  4: [[7, 17]],
  5: [[7, 17]],
  6: [[7, 11.5]],
  7: [],
};

const vnMidnight = (day: string) => Date.parse(`${day}T00:00:00+07:00`);
type Span = [number, number];

/** Opening-hours windows of Vietnam days fromDay…toDay, cut at `until`; public holidays have none. */
export function openingWindows(fromDay: string, toDay: string, until: number): Span[] {
  const out: Span[] = [];
  for (let d = vnMidnight(fromDay); d <= vnMidnight(toDay); d += DAY) {
    if (isPublicHoliday(new Date(d + 7 * HOUR).toISOString().slice(0, 10))) continue;
    const weekday = ((new Date(d + 7 * HOUR).getUTCDay() + 6) % 7) + 1;
    for (const [open, close] of OPENING_HOURS[weekday] ?? []) {
      const span: Span = [d + open * HOUR, Math.min(d + close * HOUR, until)];
      if (span[1] > span[0]) out.push(span);
    }
  }
  return out;
}

/** Sorted, non-overlapping spans: a screen connected to two nodes at once is counted once. */
function merge(spans: Span[]): Span[] {
  const out: Span[] = [];
  for (const s of [...spans].sort((a, b) => a[0] - b[0])) {
    const last = out.at(-1);
    if (last && s[0] <= last[1]) last[1] = Math.max(last[1], s[1]);
    else out.push([s[0], s[1]]);
  }
  return out;
}

const length = (spans: readonly Span[]) => spans.reduce((n, [a, b]) => n + (b - a), 0);

/** Total overlap of two sorted, non-overlapping span lists, in one sweep. */
function overlap(a: readonly Span[], b: readonly Span[]): number {
  let [i, j, n] = [0, 0, 0];
  while (i < a.length && j < b.length) {
    const [x, y] = [a[i]!, b[j]!];
    n += Math.max(0, Math.min(x[1], y[1]) - Math.max(x[0], y[0]));
    if (x[1] < y[1]) i += 1;
    else j += 1;
  }
  return n;
}

/**
 * How long each screen was connected in the period (Vietnam days, both included), overall and within
 * opening hours, up to `now` — a report on the current quarter does not count the hours still to come.
 */
export function screenUptime(
  screens: readonly { id: string; name: string; centreId: string }[],
  spans: readonly PresenceSpan[],
  daysWithShowings: ReadonlyMap<string, number>,
  fromDay: string,
  toDay: string,
  now: string,
): ScreenUptime[] {
  const until = Math.min(vnMidnight(toDay) + DAY, Date.parse(now));
  const start = vnMidnight(fromDay);
  const open = openingWindows(fromDay, toDay, until);
  const openMs = length(open);
  const byDevice = new Map<string, Span[]>();
  for (const s of spans) {
    const span: Span = [Math.max(Date.parse(s.from), start), Math.min(s.to === null ? until : Date.parse(s.to), until)];
    if (span[1] > span[0]) byDevice.set(s.deviceId, [...(byDevice.get(s.deviceId) ?? []), span]);
  }
  return screens.map((sc) => {
    const online = merge(byDevice.get(sc.id) ?? []);
    const openOnlineMs = overlap(online, open);
    return {
      deviceId: sc.id,
      name: sc.name,
      centreId: sc.centreId,
      onlineMs: length(online),
      openOnlineMs,
      openMs,
      share: openMs ? openOnlineMs / openMs : 0,
      daysWithShowings: daysWithShowings.get(sc.id) ?? 0,
    };
  });
}
