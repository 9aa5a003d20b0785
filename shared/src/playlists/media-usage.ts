import type { MediaUse } from '../schemas/media';
import type { DraftItem, Playlist, PlaylistVersion } from '../schemas/playlist';

const mediaIds = (items: readonly DraftItem[]) => new Set(items.flatMap((i) => (i.kind === 'video' || i.kind === 'image' ? [i.mediaId] : [])));

/**
 * Where each media file is used: in a playlist's draft, or in the version its screens play now.
 * An asset used in either must not be deleted: the draft would break on publish, the screens at once.
 */
export function mediaUsage(playlists: Playlist[], onAir: PlaylistVersion[]): Map<string, MediaUse[]> {
  const out = new Map<string, MediaUse[]>();
  const add = (mediaId: string, use: MediaUse) => {
    const list = out.get(mediaId) ?? [];
    const same = list.find((u) => u.playlistId === use.playlistId);
    if (same) same.onAir ||= use.onAir;
    else out.set(mediaId, [...list, use]);
  };
  for (const p of playlists) for (const id of mediaIds(p.items)) add(id, { playlistId: p.id, playlistName: p.name, onAir: false });
  for (const v of onAir) for (const id of mediaIds(v.items)) add(id, { playlistId: v.playlistId, playlistName: v.name, onAir: true });
  return out;
}
