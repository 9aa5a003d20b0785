import { CLOCK_SKEW_MS } from './plausible';

/** What one Vietnam day of one screen already holds, or a showing claims, of counted showings. */
export interface DayLoad {
  showings: number;
  playMs: number;
}

const DAY_MS = 86_400_000;
/** The longest item (PlaylistItemSchema): a showing counts on the day it starts, so the day's last may run past midnight. */
const LONGEST_ITEM_MS = 30 * 60_000;
/**
 * The shortest showing that counts, for the count's bound: items last 2 s at least, but a video item
 * ends with its clip, and a clip under a second is not a reform clip.
 */
const SHORTEST_SHOWING_MS = 1_000;

/**
 * What one screen can show in one day. Only the main loop logs showings, one item at a time, so a day
 * holds at most a day of time on screen and a day's worth of the shortest showings. A stolen screen
 * token could otherwise add showings without end, each shorter than the last, and every one would
 * count in the quarter's report.
 */
export const DAY_CAP: DayLoad = {
  playMs: DAY_MS + LONGEST_ITEM_MS + CLOCK_SKEW_MS,
  showings: Math.ceil((DAY_MS + LONGEST_ITEM_MS + CLOCK_SKEW_MS) / SHORTEST_SHOWING_MS),
};

/**
 * Splits claims, in the order sent, into those that fit in what their day has left and those that
 * would take it past DAY_CAP. `claimOf` is null for a claim that counts nowhere (failed, cut at once):
 * it always fits. `load` is what each day holds already; it is not changed.
 */
export function fitDays<T>(load: ReadonlyMap<string, DayLoad>, xs: readonly T[], claimOf: (x: T) => (DayLoad & { day: string }) | null): { fit: T[]; over: T[] } {
  const used = new Map<string, DayLoad>();
  const fit: T[] = [];
  const over: T[] = [];
  for (const x of xs) {
    const c = claimOf(x);
    if (!c) {
      fit.push(x);
      continue;
    }
    const u = used.get(c.day) ?? { ...(load.get(c.day) ?? { showings: 0, playMs: 0 }) };
    if (u.showings + c.showings > DAY_CAP.showings || u.playMs + c.playMs > DAY_CAP.playMs) over.push(x);
    else {
      u.showings += c.showings;
      u.playMs += c.playMs;
      used.set(c.day, u);
      fit.push(x);
    }
  }
  return { fit, over };
}
