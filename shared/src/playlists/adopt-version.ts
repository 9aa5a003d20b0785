import type { PlaylistVersion } from '../schemas/playlist';

type Versioned = Pick<PlaylistVersion, 'playlistId' | 'version' | 'publishedAt'>;

/**
 * What a screen does with a version it is handed (a push, or the answer to its bootstrap request)
 * given the one it plays:
 * - `same`: already on air; nothing changes, but the screen acks again and checks its media (a reload
 *   may have cut the last download short).
 * - `stale`: published before the one on air. The bootstrap request and a push race on every
 *   reconnect, so a late bootstrap answer must not undo a newer push that arrived first.
 * - `adopt`: play it.
 * A version of another playlist published later wins (a screen moved to another group, a campaign).
 */
export function adoptionOf(onAir: Versioned | null, incoming: Versioned): 'same' | 'stale' | 'adopt' {
  if (!onAir) return 'adopt';
  if (onAir.playlistId === incoming.playlistId && onAir.version === incoming.version) return 'same';
  return onAir.publishedAt > incoming.publishedAt ? 'stale' : 'adopt';
}
