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

/** The groups in use, each once, in the order devices carry them: the filter's and the forms' suggestions. */
export const deviceGroups = (devices: readonly Device[]): string[] => [...new Set(devices.map((d) => d.group).filter((g): g is string => !!g))];

/** The wall's rows: paired devices (not revoked ones), of one group or of all ('' = all). */
export const wallDevices = (devices: readonly Device[], group: string): Device[] => devices.filter((d) => d.status === 'active' && (!group || d.group === group));

/** When a screen last had a showing refused, for "latest …" beside its refusals. */
export const latestRefusalAt = (rows: readonly Refusal[]): string =>
  rows
    .map((r) => r.lastAt)
    .sort()
    .at(-1) ?? '';
