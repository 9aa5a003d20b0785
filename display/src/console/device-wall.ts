import type { Refusal } from '@hcc/shared/api/impressions';
import type { Device } from '@hcc/shared/schemas/device';

/** A device's new state into the wall: replaced in place, or added (a screen paired since the page opened). */
export const upsertDevice = (all: readonly Device[], d: Device): Device[] => (all.some((x) => x.id === d.id) ? all.map((x) => (x.id === d.id ? d : x)) : [...all, d]);

/** Refused showings by screen, for the row of each. */
export function refusalsByDevice(rows: readonly Refusal[]): Record<string, Refusal[]> {
  const out: Record<string, Refusal[]> = {};
  for (const r of rows) (out[r.deviceId] ??= []).push(r);
  return out;
}

/** How long a player has run, in the largest unit that fits (staff read "3 d", not "4,320 min"). */
export const uptime = (ms: number) => (ms >= 86_400_000 ? `${Math.floor(ms / 86_400_000)} d` : ms >= 3_600_000 ? `${Math.floor(ms / 3_600_000)} h` : `${Math.floor(ms / 60_000)} min`);

/** A screenshot's address; the time in the query makes the browser fetch the new frame (the path never changes). */
export const screenshotSrc = (url: string, takenAt: string) => `${url}?t=${encodeURIComponent(takenAt)}`;
