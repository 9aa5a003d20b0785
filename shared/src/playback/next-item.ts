import type { PlaylistItem } from '../schemas/playlist';

/**
 * The item to show after `currentId` in the loop, skipping items known to be broken (a missing file,
 * an unsupported codec) so that one bad item never stops the loop. When the current item has left the
 * schedule (a daypart ended mid-item), the loop starts again from the top. Null when nothing is
 * playable: the caller shows the fallback slide, never a blank screen.
 */
export function nextItem(loop: readonly PlaylistItem[], currentId: string | null, broken: ReadonlySet<string>): PlaylistItem | null {
  const playable = loop.filter((i) => !broken.has(i.id));
  if (playable.length === 0) return null;
  const at = currentId === null ? -1 : loop.findIndex((i) => i.id === currentId);
  if (at < 0) return playable[0] ?? null;
  for (let step = 1; step <= loop.length; step++) {
    const candidate = loop[(at + step) % loop.length];
    if (candidate && !broken.has(candidate.id)) return candidate;
  }
  return null;
}
