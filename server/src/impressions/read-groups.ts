import type { ShowingGroup } from '@hcc/shared/reports/aggregate';
import type { Grain } from './repo';

/** A roll-up row as a raw array in column order: a year holds hundreds of thousands of groups, named rows cost twice. */
export type GroupTuple = [string, string, string, number, string, number, number, number, string, string];
const toGroup = ([day, deviceId, playlistId, playlistVersion, itemId, showings, playMs, completed, first, last]: GroupTuple): ShowingGroup => ({
  day,
  deviceId,
  playlistId,
  playlistVersion,
  itemId,
  showings,
  playMs,
  completed,
  first,
  last,
});

const shiftDay = (day: string, by: number) => new Date(Date.parse(`${day}T00:00:00Z`) + by * 86_400_000).toISOString().slice(0, 10);
const dayBefore = (day: string) => shiftDay(day, -1);
/** The first day of the month after the one `monthStart` begins. */
const dayAfterMonth = (monthStart: string) => {
  const d = new Date(`${monthStart}T00:00:00Z`);
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1)).toISOString().slice(0, 10);
};
/** The key of the monthly roll-up: the month's first day. */
export const monthOf = (day: string) => `${day.slice(0, 7)}-01`;

/** The first days of the first and last calendar months lying wholly inside [from, to], or null. */
export function wholeMonthsWithin(from: string, to: string): { first: string; last: string } | null {
  const first = from.endsWith('-01') ? from : dayAfterMonth(monthOf(from));
  const lastStart = monthOf(to);
  const last = dayAfterMonth(lastStart) === shiftDay(to, 1) ? lastStart : monthOf(dayBefore(lastStart));
  return first <= last ? { first, last } : null;
}

/** The roll-up queries of one engine, each over an inclusive range of days (or of months' first days). */
export interface RollUpReads {
  days(from: string, to: string): Promise<GroupTuple[]>;
  /** Days summed by the Monday of their week. */
  weeks(from: string, to: string): Promise<GroupTuple[]>;
  /** Days summed by the first day of their month. */
  monthsFromDays(from: string, to: string): Promise<GroupTuple[]>;
  /** The monthly table itself. */
  months(firstMonth: string, lastMonth: string): Promise<GroupTuple[]>;
}

export async function readGroups(reads: RollUpReads, from: string, to: string, grain: Grain): Promise<ShowingGroup[]> {
  if (grain === 'day') return (await reads.days(from, to)).map(toGroup);
  if (grain === 'week') return (await reads.weeks(from, to)).map(toGroup);
  // Whole months come from the monthly table; the ragged ends, if any, are summed from days.
  const whole = wholeMonthsWithin(from, to);
  if (!whole) return (await reads.monthsFromDays(from, to)).map(toGroup);
  const parts = await Promise.all([reads.monthsFromDays(from, dayBefore(whole.first)), reads.months(whole.first, whole.last), reads.monthsFromDays(dayAfterMonth(whole.last), to)]);
  return parts.flat().map(toGroup);
}
