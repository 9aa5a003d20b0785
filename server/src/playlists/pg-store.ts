import type { PlaylistVersion } from '@hcc/shared/schemas/playlist';
import { pgAuditAppend } from '../audit/pg-store';
import { allRows, changes, firstRow, type Pg, transaction } from '../db/pg';
import { type PlaylistRepo, type Row, toPlaylist, toVersion } from './store';

export function pgPlaylistRepo(db: Pg): PlaylistRepo {
  const read = async (id: string) => {
    const r = await firstRow<Row>(db, 'SELECT * FROM playlists WHERE id = $1', [id]);
    return r ? toPlaylist(r) : null;
  };
  const versions = async (sql: string, params: unknown[] = []) => (await allRows<{ body_json: string }>(db, sql, params)).map(toVersion);
  return {
    list: async () => (await allRows<Row>(db, 'SELECT * FROM playlists ORDER BY name')).map(toPlaylist),
    get: read,
    create: async (id, d, by, at) => {
      await changes(
        db,
        `INSERT INTO playlists (id, name, centre_id, target_json, items_json, revision, updated_at, updated_by)
         VALUES ($1, $2, $3, $4, $5, 1, $6, $7)`,
        [id, d.name, d.centreId, JSON.stringify(d.target), JSON.stringify(d.items), at, by],
      );
      const p = await read(id);
      if (!p) throw new Error(`playlist ${id} vanished right after insert`);
      return p;
    },
    save: async (id, d, baseRevision, by, at) => {
      // The revision check sits in the UPDATE itself, so two nodes saving at once cannot both win.
      const changed = await changes(
        db,
        `UPDATE playlists SET name = $2, centre_id = $3, target_json = $4, items_json = $5, revision = revision + 1, updated_at = $6, updated_by = $7
         WHERE id = $1 AND revision = $8`,
        [id, d.name, d.centreId, JSON.stringify(d.target), JSON.stringify(d.items), at, by, baseRevision],
      );
      const current = await read(id);
      if (!current) return { ok: false, error: 'not_found' };
      return changed === 1 ? { ok: true, playlist: current } : { ok: false, error: 'conflict', current };
    },
    publish: (id, snapshot, audit) =>
      transaction(db, async (c): Promise<PlaylistVersion | null> => {
        // Locking the playlist row makes publishes of one playlist wait for each other, on any node,
        // so two never take the same version number.
        if (!(await firstRow(c, 'SELECT 1 FROM playlists WHERE id = $1 FOR UPDATE', [id]))) return null;
        const next = ((await firstRow<{ v: number | null }>(c, 'SELECT MAX(version) AS v FROM playlist_versions WHERE playlist_id = $1', [id]))?.v ?? 0) + 1;
        const v: PlaylistVersion = { ...snapshot, version: next };
        await changes(c, 'INSERT INTO playlist_versions (playlist_id, version, body_json, published_at) VALUES ($1, $2, $3, $4)', [id, next, JSON.stringify(v), v.publishedAt]);
        await changes(c, 'UPDATE playlists SET published_version = $1 WHERE id = $2', [next, id]);
        if (audit) await pgAuditAppend(c, audit(v));
        return v;
      }),
    versions: (id) => versions('SELECT body_json FROM playlist_versions WHERE playlist_id = $1 ORDER BY version DESC', [id]),
    version: async (id, v) => {
      const r = await firstRow<{ body_json: string }>(db, 'SELECT body_json FROM playlist_versions WHERE playlist_id = $1 AND version = $2', [id, v]);
      return r ? toVersion(r) : null;
    },
    latestVersions: () => versions('SELECT v.body_json FROM playlist_versions v JOIN playlists p ON p.id = v.playlist_id AND p.published_version = v.version'),
    allVersions: () => versions('SELECT body_json FROM playlist_versions ORDER BY playlist_id, version'),
  };
}
