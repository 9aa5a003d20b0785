/**
 * Wall-clock time in Asia/Ho_Chi_Minh. Vietnam has kept UTC+7 without daylight saving since 1975, so a
 * fixed offset is exact, and it needs no time-zone database on a TV browser that may lack one.
 */
export const VN_OFFSET_MS = 7 * 3600_000;

export interface LocalTime {
  /** ISO weekday, 1 = Monday … 7 = Sunday. */
  weekday: number;
  /** Minutes since local midnight. */
  minute: number;
  /** Local calendar date, YYYY-MM-DD. */
  date: string;
}

export function toLocalTime(epochMs: number): LocalTime {
  const d = new Date(epochMs + VN_OFFSET_MS);
  const day = d.getUTCDay();
  return { weekday: day === 0 ? 7 : day, minute: d.getUTCHours() * 60 + d.getUTCMinutes(), date: d.toISOString().slice(0, 10) };
}

export const parseClock = (hhmm: string): number => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

export const previousWeekday = (weekday: number): number => (weekday === 1 ? 7 : weekday - 1);
