import { type Centre, CentreSchema } from '@hcc/shared/schemas/centre';
import { type PlaylistVersion, PlaylistVersionSchema } from '@hcc/shared/schemas/playlist';
import * as z from 'zod/mini';
import { kvGet, kvSet } from './idb';

const KEY = 'lastPlaylist';
const CachedSchema = z.object({ version: PlaylistVersionSchema, centre: z.nullable(CentreSchema) });

/** The last good playlist, so a TV that restarts while the server is down plays it at once. */
export async function loadCachedPlaylist(): Promise<{ version: PlaylistVersion; centre: Centre | null } | null> {
  try {
    const parsed = CachedSchema.safeParse(await kvGet(KEY));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function saveCachedPlaylist(version: PlaylistVersion, centre: Centre | null): void {
  // Failing to cache must not stop playback: the playlist still plays from memory.
  kvSet(KEY, { version, centre }).catch(() => undefined);
}
