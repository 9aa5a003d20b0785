import { type PlaylistVersion, PlaylistVersionSchema } from '@hcc/shared/schemas/playlist';
import { type Centre, CentreSchema } from '@hcc/shared/schemas/centre';
import { z } from 'zod';

const KEY = 'hcc.lastPlaylist';
const CachedSchema = z.object({ version: PlaylistVersionSchema, centre: CentreSchema.nullable() });

/** The last good playlist, so a TV that restarts while the server is down plays it at once. */
export function loadCachedPlaylist(): { version: PlaylistVersion; centre: Centre | null } | null {
  try {
    const parsed = CachedSchema.safeParse(JSON.parse(localStorage.getItem(KEY) ?? 'null'));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function saveCachedPlaylist(version: PlaylistVersion, centre: Centre | null): void {
  try {
    localStorage.setItem(KEY, JSON.stringify({ version, centre }));
  } catch {
    // Storage full: the playlist still plays from memory.
  }
}
