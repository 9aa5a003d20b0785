import type { PlaylistVersion } from '@hcc/shared/schemas/playlist';
import { describe, expect, it, vi } from 'vitest';
import type { Deps } from '../src/context';
import { publishedVersion } from '../src/impressions/ingest';

/** A store that answers version reads after a tick, counting them. */
function storeWith(found: PlaylistVersion | null) {
  const version = vi.fn(async () => {
    await new Promise((r) => setTimeout(r, 5));
    return found;
  });
  return { deps: { store: { playlists: { version } } } as unknown as Deps, version };
}

describe('published versions read for acks and showings', () => {
  it('reads a version once however many screens ask for it at the same moment', async () => {
    const v = { playlistId: 'p1', version: 3 } as PlaylistVersion;
    const { deps, version } = storeWith(v);
    const answers = await Promise.all(Array.from({ length: 1000 }, () => publishedVersion(deps, 'p1', 3)));
    expect(answers.every((a) => a === v)).toBe(true);
    expect(version).toHaveBeenCalledTimes(1);
    await publishedVersion(deps, 'p1', 3);
    expect(version).toHaveBeenCalledTimes(1); // remembered afterwards
  });

  it('asks again for a version that was not there, since it may be published since', async () => {
    const { deps, version } = storeWith(null);
    const answers = await Promise.all([publishedVersion(deps, 'p1', 4), publishedVersion(deps, 'p1', 4)]);
    expect(answers).toEqual([undefined, undefined]);
    expect(version).toHaveBeenCalledTimes(1);
    await publishedVersion(deps, 'p1', 4);
    expect(version).toHaveBeenCalledTimes(2);
  });
});
