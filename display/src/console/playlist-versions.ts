import type { Playlist, PlaylistVersion } from '@hcc/shared/schemas/playlist';

/** The version on air (the highest), null before the first publish. */
export const latestVersion = (versions: readonly PlaylistVersion[]): PlaylistVersion | null => versions.reduce<PlaylistVersion | null>((a, v) => (a && a.version > v.version ? a : v), null);

/**
 * What a publish is compared with: the version on air as its draft held it, a campaign's place
 * rather than the campaign items it was filled with, so staff see what they changed.
 */
export function onAirAsDrafted(versions: readonly PlaylistVersion[]) {
  const latest = latestVersion(versions);
  return latest && { ...latest, items: latest.source ?? latest.items };
}

/** The history panel lists the newest first. */
export const newestFirst = (versions: readonly PlaylistVersion[]): PlaylistVersion[] => [...versions].sort((a, b) => b.version - a.version);

/** A duplicate's draft: the same content and targets under a name that says it is a copy (within the 200-character limit). */
export const copyOf = (p: Playlist, copyWord: string) => ({ name: `${p.name} (${copyWord})`.slice(0, 200), centreId: p.centreId, target: p.target, items: p.items });
