import type { PlaylistVersion } from '@hcc/shared/schemas/playlist';
import * as z from 'zod/mini';
import { kvGet, kvSet } from './idb';

/** Must match the runtime-caching rule in vite.player.config.ts: the service worker serves from it. */
export const MEDIA_CACHE = 'hcc-media';
const USAGE_KEY = 'mediaUsage';
/** Above this share of the quota, media no longer in the playlist are evicted, oldest use first. */
const HIGH_WATER = 0.8;

const UsageSchema = z.record(z.string(), z.number());

export const mediaIdsOf = (v: PlaylistVersion) => [...new Set(v.items.flatMap((i) => (i.kind === 'video' || i.kind === 'image' ? [i.mediaId] : [])))];

/**
 * Download every file of the playlist whole into the media cache, so that a restarted TV with no
 * network plays its videos (the service worker answers Range requests from the whole file). Videos
 * reached only through the player's Range requests would never be cached whole.
 */
export async function prefetchMedia(v: PlaylistVersion): Promise<{ cached: number; missing: number }> {
  if (!('caches' in self)) return { cached: 0, missing: 0 };
  const cache = await caches.open(MEDIA_CACHE);
  const ids = mediaIdsOf(v);
  let missing = 0;
  for (const id of ids) {
    const url = `/media/${id}`;
    if (await cache.match(url)) continue;
    try {
      const res = await fetch(url);
      if (res.ok && res.status === 200) await cache.put(url, res);
      else missing += 1;
    } catch {
      missing += 1;
    }
  }
  await touch(ids);
  await evictIfFull(new Set(ids), cache);
  return { cached: ids.length - missing, missing };
}

async function readUsage(): Promise<Record<string, number>> {
  const parsed = UsageSchema.safeParse(await kvGet(USAGE_KEY).catch(() => null));
  return parsed.success ? parsed.data : {};
}

async function touch(ids: string[]): Promise<void> {
  const usage = await readUsage();
  const now = Date.now();
  for (const id of ids) usage[id] = now;
  await kvSet(USAGE_KEY, usage).catch(() => undefined);
}

/** Evict least-recently-used media, never one the current playlist needs, until under the high-water mark. */
async function evictIfFull(keep: Set<string>, cache: Cache): Promise<void> {
  const estimate = await navigator.storage?.estimate?.().catch(() => null);
  if (!estimate?.quota || !estimate.usage || estimate.usage / estimate.quota < HIGH_WATER) return;
  const usage = await readUsage();
  const cached = (await cache.keys()).map((r) => new URL(r.url).pathname.replace('/media/', ''));
  const candidates = cached.filter((id) => !keep.has(id)).sort((a, b) => (usage[a] ?? 0) - (usage[b] ?? 0));
  let used = estimate.usage;
  for (const id of candidates) {
    if (used / estimate.quota < HIGH_WATER) break;
    const res = await cache.match(`/media/${id}`);
    const size = Number(res?.headers.get('content-length') ?? 0);
    await cache.delete(`/media/${id}`);
    delete usage[id];
    used -= size;
  }
  await kvSet(USAGE_KEY, usage).catch(() => undefined);
}
