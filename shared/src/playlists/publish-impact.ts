import type { PlaylistVersion } from '../schemas/playlist';
import type { OnAirRef, ScreenChange } from '../schemas/publish-preview';
import { includesCampaign } from './campaigns';
import { targetsDevice, versionForDevice } from './targeting';

export type ScreenPlacement = ScreenChange['screen'];
/** The saved playlist about to be published: what decides where its new version lands. */
export type PublishCandidate = Pick<PlaylistVersion, 'playlistId' | 'name' | 'centreId' | 'target'>;

const ref = (v: PlaylistVersion | null): OnAirRef | null => v && { playlistId: v.playlistId, name: v.name, centreId: v.centreId, version: v.version };

/**
 * Which screens a publish changes and what each plays before and after, by the same rule the server
 * applies when it pushes a version (`versionForDevice` over the latest version of every playlist).
 * `onAir` holds the latest published version of each playlist; `at` is the publish time, later than
 * all of them. Screens the publish leaves alone and does not target are not listed.
 */
export function publishImpact(candidate: PublishCandidate, onAir: readonly PlaylistVersion[], screens: readonly ScreenPlacement[], at: string): ScreenChange[] {
  const current = onAir.find((v) => v.playlistId === candidate.playlistId);
  const published: PlaylistVersion = { ...candidate, version: (current?.version ?? 0) + 1, items: [], publishedAt: at, publishedBy: '', rollbackOf: null };
  const after = [...onAir.filter((v) => v.playlistId !== candidate.playlistId), published];
  const out: ScreenChange[] = [];
  for (const screen of screens) {
    const before = versionForDevice(onAir, screen);
    const next = versionForDevice(after, screen);
    const effect = effectOn(candidate.playlistId, before, next, targetsDevice(published, screen));
    if (effect) out.push({ screen, effect, now: ref(before), next: ref(next) });
  }
  return out;
}

function effectOn(id: string, before: PlaylistVersion | null, next: PlaylistVersion | null, isTargeted: boolean): ScreenChange['effect'] | null {
  if (next?.playlistId === id) return !before ? 'starts' : before.playlistId === id ? 'updates' : 'replaces';
  if (before?.playlistId === id) return 'stops';
  // A centre playlist that includes this one as a campaign is published again with the new items.
  if (next && includesCampaign(next.source, id)) return 'through';
  return isTargeted ? 'keeps' : null;
}

/** Screens whose whole loop another playlist takes over: what a publish summary must warn about. */
export const replacedScreens = (changes: readonly ScreenChange[]) => changes.filter((c) => c.effect === 'replaces' || c.effect === 'stops');
