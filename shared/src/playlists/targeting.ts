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
 * The version a screen should play: the most recently published one of its own centre that targets
 * it — "last publish wins" is what staff expect from a publish button. Another centre's playlist (a
 * province campaign) plays only where the centre has none of its own on air: a commune that wants a
 * campaign beside its own items includes it in its playlist.
 */
export function versionForDevice(versions: readonly PlaylistVersion[], d: DevicePlacement): PlaylistVersion | null {
  let best: PlaylistVersion | null = null;
  const rank = (v: PlaylistVersion) => (v.centreId === d.centreId ? 1 : 0);
  for (const v of versions) {
    if (!targetsDevice(v, d)) continue;
    const better = !best || rank(v) > rank(best) || (rank(v) === rank(best) && (v.publishedAt > best.publishedAt || (v.publishedAt === best.publishedAt && v.version > best.version)));
    if (better) best = v;
  }
  return best;
}

/** Where a just-published version is the one to play: its targets, less the centres that play their own. */
export function placementsPlaying(v: PlaylistVersion, onAir: readonly PlaylistVersion[]): DevicePlacement[] {
  return targetPlacements(v).filter((p) => versionForDevice(onAir, p)?.playlistId === v.playlistId);
}

/** Broadcast rooms for a version: one per centre, or one per centre × group. */
export function targetPlacements(v: Pick<PlaylistVersion, 'target' | 'centreId'>): DevicePlacement[] {
  const centres = targetCentres(v.target, v.centreId);
  if (v.target.groups.length === 0) return centres.map((centreId) => ({ centreId, group: null }));
  return centres.flatMap((centreId) => v.target.groups.map((group) => ({ centreId, group })));
}
