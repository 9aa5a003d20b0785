import { playlistApi } from '@hcc/shared/api/playlists';
import type { Device } from '@hcc/shared/schemas/device';
import { useEffect, useRef, useState } from 'preact/hooks';
import { staffApi } from './staff-api';

type Titles = { playlist: string; items: Record<string, string> };
const keyOf = (playlistId: string, version: number) => `${playlistId}@${version}`;

/**
 * The titles of the items screens are showing, read from the versions they play: a heartbeat carries
 * only the item's id, which means nothing to staff. Each playlist's versions are fetched once, and
 * again only when a screen reports a version not seen yet.
 */
export function useItemTitles(devices: Device[]): (d: Device) => { playlist: string | null; item: string | null } {
  const [titles, setTitles] = useState<Record<string, Titles>>({});
  const asked = useRef(new Set<string>());
  useEffect(() => {
    const missing = new Set<string>();
    for (const d of devices) {
      if (!d.playing || titles[keyOf(d.playing.playlistId, d.playing.version)] || asked.current.has(keyOf(d.playing.playlistId, d.playing.version))) continue;
      asked.current.add(keyOf(d.playing.playlistId, d.playing.version));
      missing.add(d.playing.playlistId);
    }
    for (const playlistId of missing) {
      staffApi(playlistApi.versions, { params: { id: playlistId } })
        .then((r) => {
          const add: Record<string, Titles> = {};
          for (const v of r.items) add[keyOf(v.playlistId, v.version)] = { playlist: v.name, items: Object.fromEntries(v.items.map((i) => [i.id, i.title])) };
          setTitles((all) => ({ ...all, ...add }));
        })
        // A playlist deleted since, or the network: the row falls back to the item's id.
        .catch(() => undefined);
    }
  }, [devices]);
  return (d) => {
    const known = d.playing ? titles[keyOf(d.playing.playlistId, d.playing.version)] : undefined;
    const id = d.heartbeat?.currentItemId ?? null;
    return { playlist: known?.playlist ?? null, item: id && (known?.items[id] ?? id) };
  };
}
