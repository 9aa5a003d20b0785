import { describe, expect, it } from 'vitest';
import { type Playlist, type PlaylistVersion, PlaylistItemSchema } from '../schemas/playlist';
import { mediaUsage } from './media-usage';

const A = 'a'.repeat(64);
const B = 'b'.repeat(64);
const image = (id: string, mediaId: string) => PlaylistItemSchema.parse({ id, kind: 'image', title: id, durationMs: 10_000, mediaId });
const target = { centreIds: [], groups: [] };
const playlist = (id: string, items: Playlist['items']): Playlist => ({
  id,
  name: `P ${id}`,
  centreId: 'lt',
  target,
  items,
  revision: 1,
  updatedAt: '2026-01-01T00:00:00.000Z',
  publishedVersion: null,
});
const version = (playlistId: string, items: PlaylistVersion['items']): PlaylistVersion => ({
  playlistId,
  version: 1,
  name: `P ${playlistId}`,
  centreId: 'lt',
  target,
  items,
  publishedAt: '2026-01-01T00:00:00.000Z',
  publishedBy: 'a',
  rollbackOf: null,
});

describe('mediaUsage', () => {
  it('lists each playlist once per file and marks the files screens play now', () => {
    const usage = mediaUsage([playlist('p1', [image('i1', A), image('i2', A)]), playlist('p2', [])], [version('p1', [image('i1', A)]), version('p2', [image('i9', B)])]);
    expect(usage.get(A)).toEqual([{ playlistId: 'p1', playlistName: 'P p1', onAir: true }]);
    // Removed from the draft but still on the screens: still in use.
    expect(usage.get(B)).toEqual([{ playlistId: 'p2', playlistName: 'P p2', onAir: true }]);
  });

  it('counts a draft-only use, and knows nothing of unused files', () => {
    const usage = mediaUsage([playlist('p1', [image('i1', A)])], []);
    expect(usage.get(A)).toEqual([{ playlistId: 'p1', playlistName: 'P p1', onAir: false }]);
    expect(usage.has(B)).toBe(false);
  });
});
