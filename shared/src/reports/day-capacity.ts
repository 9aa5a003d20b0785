/**
 * What one screen can show in one Vietnam day. Only a screen's main loop logs showings, one item at a
 * time, so a day holds at most a day of time on screen — plus the last item of the day, which counts on
 * the day it starts (items last at most 30 minutes), and five minutes of clock skew — and one showing a
 * second at most (items last 2 s at least; a video item ends with its clip, and no reform clip is under
 * a second). Each showing is checked alone when it arrives, so a screen's token in the wrong hands could
 * add plausible showings without end; the report names every screen-day past this instead of counting it
 * silently.
 */
export const DAY_CAPACITY = {
  playMs: 86_400_000 + 30 * 60_000 + 5 * 60_000,
  showings: Math.ceil((86_400_000 + 30 * 60_000 + 5 * 60_000) / 1_000),
} as const;

/** One screen's counted showings of one Vietnam day. */
export interface ScreenDay {
  day: string;
  deviceId: string;
  showings: number;
  playMs: number;
}

export const isOverfull = (d: Pick<ScreenDay, 'showings' | 'playMs'>) => d.showings > DAY_CAPACITY.showings || d.playMs > DAY_CAPACITY.playMs;
