import { mediaApi } from '@hcc/shared/api/media';
import { playlistApi } from '@hcc/shared/api/playlists';
import type { MediaLibraryItem } from '@hcc/shared/schemas/media';
import type { Playlist } from '@hcc/shared/schemas/playlist';
import { useEffect, useState } from 'preact/hooks';
import { useLive } from './live';
import { staffApi } from './staff-api';

/**
 * The playlists and the media library the playlists page works with, read again whenever someone
 * saves or publishes (the live events) and when the editor closes (`editing` changes).
 */
export function usePlaylistLibrary(editing: string | null) {
  const [playlists, setPlaylists] = useState<Playlist[]>([]);
  const [media, setMedia] = useState<MediaLibraryItem[]>([]);
  const reload = async () => {
    setPlaylists((await staffApi(playlistApi.list)).items);
    setMedia((await staffApi(mediaApi.list)).items);
  };
  // A failed read keeps the lists shown; the next event or action reads again.
  const refresh = () => void reload().catch(() => undefined);
  useEffect(refresh, [editing]);
  useLive('playlist:changed', refresh);
  useLive('playlist:published', refresh);
  return { playlists, media, reload };
}
