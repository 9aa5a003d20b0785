import type { PlaylistTarget, PlaylistVersion } from '../schemas/playlist';

export interface DevicePlacement {
  centreId: string;
  group: string | null;
}

/** An empty centre list means "the playlist's own centre"; an empty group list means every group. */
export function targetCentres(target: PlaylistTarget, ownCentreId: string): string[] {
  return target.centreIds.length ? target.centreIds : [ownCentreId];
}

export function targetsDevice(v: Pick<PlaylistVersion, 'target' | 'centreId'>, d: DevicePlacement): boolean {
  if (!targetCentres(v.target, v.centreId).includes(d.centreId)) return false;
  return v.target.groups.length === 0 || (d.group !== null && v.target.groups.includes(d.group));
}

/**
 * The version a screen should play: the most recently published one that targets it. "Last publish
 * wins" is what staff expect from a publish button, and it needs no ranking rules to explain.
 */
export function versionForDevice(versions: readonly PlaylistVersion[], d: DevicePlacement): PlaylistVersion | null {
  let best: PlaylistVersion | null = null;
  for (const v of versions) {
    if (!targetsDevice(v, d)) continue;
    if (!best || v.publishedAt > best.publishedAt || (v.publishedAt === best.publishedAt && v.version > best.version)) best = v;
  }
  return best;
}

/** Broadcast rooms for a version: one per centre, or one per centre × group. */
export function targetPlacements(v: Pick<PlaylistVersion, 'target' | 'centreId'>): DevicePlacement[] {
  const centres = targetCentres(v.target, v.centreId);
  if (v.target.groups.length === 0) return centres.map((centreId) => ({ centreId, group: null }));
  return centres.flatMap((centreId) => v.target.groups.map((group) => ({ centreId, group })));
}
