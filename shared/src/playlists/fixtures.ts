import type { PlaylistVersion } from '../schemas/playlist';

/** A published version with defaults, for the playlists' tests: Long Thành's own, published once. */
export const makeVersion = (over: Partial<PlaylistVersion>): PlaylistVersion => ({
  playlistId: 'p1',
  version: 1,
  name: 'Demo',
  centreId: 'lt',
  target: { centreIds: [], groups: [] },
  items: [],
  publishedAt: '2026-01-05T01:00:00.000Z',
  publishedBy: 'admin',
  rollbackOf: null,
  ...over,
});
