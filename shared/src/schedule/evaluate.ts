import type { Daypart, PlaylistItem } from '../schemas/playlist';
import { type LocalTime, parseClock, previousWeekday, toLocalTime } from './local-time';

/**
 * Is a daypart on at this local time, on one of these weekdays? A daypart whose end is before its start
 * crosses midnight, and its small hours belong to the day it started: "Friday 22:00–02:00" is still on
 * at 01:00 on Saturday, and not at 01:00 on Friday.
 */
export function isDaypartOn(part: Daypart, weekdays: readonly number[], t: LocalTime): boolean {
  const start = parseClock(part.start);
  const end = parseClock(part.end);
  const dayOk = (d: number) => weekdays.length === 0 || weekdays.includes(d);
  if (start === end) return dayOk(t.weekday); // a full day
  if (start < end) return t.minute >= start && t.minute < end && dayOk(t.weekday);
  if (t.minute >= start) return dayOk(t.weekday);
  return t.minute < end && dayOk(previousWeekday(t.weekday));
}

/** Validity window, weekdays and dayparts, all at one instant (already corrected to server time). */
export function isItemActive(item: PlaylistItem, epochMs: number): boolean {
  if (item.validFrom && epochMs < Date.parse(item.validFrom)) return false;
  if (item.validTo && epochMs >= Date.parse(item.validTo)) return false;
  const t = toLocalTime(epochMs);
  if (item.dayparts.length === 0) return item.weekdays.length === 0 || item.weekdays.includes(t.weekday);
  return item.dayparts.some((p) => isDaypartOn(p, item.weekdays, t));
}

export interface Schedule {
  /** What the main zone loops through, in playlist order. Empty means: show the fallback slide. */
  main: PlaylistItem[];
  /** Lines for the ticker zone. */
  tickers: PlaylistItem[];
  /** Emergency items in force; when any is, it covers every zone. */
  emergencies: PlaylistItem[];
}

/**
 * What a screen shows now. Priority works in tiers, as in mature signage systems: when items of a
 * higher priority are active, they play instead of lower ones (a campaign week displaces the routine
 * loop), and the routine loop comes back by itself when they expire. Emergency items outrank all.
 */
export function evaluateSchedule(items: readonly PlaylistItem[], epochMs: number): Schedule {
  const active = items.filter((i) => isItemActive(i, epochMs));
  const emergencies = active.filter((i) => i.kind === 'emergency');
  const tickers = topTier(active.filter((i) => i.kind === 'ticker'));
  const main = topTier(active.filter((i) => i.kind !== 'ticker' && i.kind !== 'emergency'));
  return { main, tickers, emergencies };
}

function topTier(items: PlaylistItem[]): PlaylistItem[] {
  if (items.length === 0) return items;
  const top = Math.max(...items.map((i) => i.priority));
  return items.filter((i) => i.priority === top);
}

/**
 * The next moment the schedule may change: the nearest validity edge or daypart edge within a day.
 * Players re-evaluate then (and at each item boundary) instead of polling.
 */
export function nextChangeAt(items: readonly PlaylistItem[], epochMs: number): number {
  let next = epochMs + 24 * 3600_000;
  for (const i of items) {
    for (const edge of [i.validFrom, i.validTo]) {
      const ms = edge ? Date.parse(edge) : NaN;
      if (ms > epochMs && ms < next) next = ms;
    }
  }
  const t = toLocalTime(epochMs);
  const minutes = new Set(items.flatMap((i) => i.dayparts.flatMap((p) => [parseClock(p.start), parseClock(p.end)])));
  if (items.some((i) => i.weekdays.length > 0)) minutes.add(0);
  for (const m of minutes) {
    const delta = (m - t.minute + 1440) % 1440 || 1440;
    const at = epochMs - (epochMs % 60_000) + delta * 60_000;
    if (at < next) next = at;
  }
  return next;
}
