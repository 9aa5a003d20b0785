import { DraftItemSchema, type Playlist, type PlaylistDraft, PlaylistTargetSchema, type PlaylistVersion, PlaylistVersionSchema } from '@hcc/shared/schemas/playlist';
import * as z from 'zod/mini';
import { type AuditEntry, sqliteAuditAppend } from '../audit/store';
import type { Db } from '../db/sqlite';
import { parseJsonColumn } from '../store/json';

export type SaveOutcome = { ok: true; playlist: Playlist } | { ok: false; error: 'not_found' } | { ok: false; error: 'conflict'; current: Playlist };

export interface PlaylistRepo {
  list(): Promise<Playlist[]>;
  get(id: string): Promise<Playlist | null>;
  create(id: string, draft: PlaylistDraft, by: string, at: string): Promise<Playlist>;
  /** Refused with `conflict` when someone saved since `baseRevision`: nothing is overwritten. */
  save(id: string, draft: PlaylistDraft, baseRevision: number, by: string, at: string): Promise<SaveOutcome>;
  /**
   * Snapshots `items` as the next version number, atomically, with its audit entry (`audit` makes it
   * from the numbered version) in the same transaction: a crash never leaves one without the other.
   */
  publish(id: string, snapshot: Omit<PlaylistVersion, 'version'>, audit?: (v: PlaylistVersion) => AuditEntry): Promise<PlaylistVersion | null>;
  versions(id: string): Promise<PlaylistVersion[]>;
  version(id: string, version: number): Promise<PlaylistVersion | null>;
  /** Every playlist's latest published version: what screens may be showing. */
  latestVersions(): Promise<PlaylistVersion[]>;
  /** Every published version of every playlist: reports look items up in what was on air. */
  allVersions(): Promise<PlaylistVersion[]>;
}

export interface Row {
  id: string;
  name: string;
  centre_id: string;
  target_json: string;
  items_json: string;
  revision: number;
  updated_at: string;
  published_version: number | null;
}

const ItemsSchema = z.array(DraftItemSchema);
export const toPlaylist = (r: Row): Playlist => ({
  id: r.id,
  name: r.name,
  centreId: r.centre_id,
  target: parseJsonColumn(PlaylistTargetSchema, r.target_json, `target of playlist ${r.id}`),
  items: parseJsonColumn(ItemsSchema, r.items_json, `items of playlist ${r.id}`),
  revision: r.revision,
  updatedAt: r.updated_at,
  publishedVersion: r.published_version,
});

export const toVersion = (r: { body_json: string }) => parseJsonColumn(PlaylistVersionSchema, r.body_json, 'playlist version');

export function sqlitePlaylistRepo(db: Db): PlaylistRepo {
  const list = db.prepare<[], Row>('SELECT * FROM playlists ORDER BY name');
  const get = db.prepare<[string], Row>('SELECT * FROM playlists WHERE id = ?');
  const insert = db.prepare(
    `INSERT INTO playlists (id, name, centre_id, target_json, items_json, revision, updated_at, updated_by)
     VALUES (@id, @name, @centreId, @target, @items, 1, @at, @by)`,
  );
  const update = db.prepare(
    `UPDATE playlists SET name = @name, centre_id = @centreId, target_json = @target, items_json = @items,
       revision = revision + 1, updated_at = @at, updated_by = @by
     WHERE id = @id AND revision = @baseRevision`,
  );
  const maxVersion = db.prepare<[string], { v: number | null }>('SELECT MAX(version) AS v FROM playlist_versions WHERE playlist_id = ?');
  const insertVersion = db.prepare('INSERT INTO playlist_versions (playlist_id, version, body_json, published_at) VALUES (?, ?, ?, ?)');
  const setPublished = db.prepare('UPDATE playlists SET published_version = ? WHERE id = ?');
  const versions = db.prepare<[string], { body_json: string }>('SELECT body_json FROM playlist_versions WHERE playlist_id = ? ORDER BY version DESC');
  const version = db.prepare<[string, number], { body_json: string }>('SELECT body_json FROM playlist_versions WHERE playlist_id = ? AND version = ?');
  const allVersions = db.prepare<[], { body_json: string }>('SELECT body_json FROM playlist_versions ORDER BY playlist_id, version');
  const latest = db.prepare<[], { body_json: string }>(
    `SELECT v.body_json FROM playlist_versions v JOIN playlists p ON p.id = v.playlist_id AND p.published_version = v.version`,
  );
  const read = (id: string) => {
    const r = get.get(id);
    return r ? toPlaylist(r) : null;
  };

  const appendAudit = sqliteAuditAppend(db);
  const publishTx = db.transaction((id: string, snapshot: Omit<PlaylistVersion, 'version'>, audit?: (v: PlaylistVersion) => AuditEntry): PlaylistVersion | null => {
    if (!get.get(id)) return null;
    const next = (maxVersion.get(id)?.v ?? 0) + 1;
    const v: PlaylistVersion = { ...snapshot, version: next };
    insertVersion.run(id, next, JSON.stringify(v), v.publishedAt);
    setPublished.run(next, id);
    if (audit) appendAudit(audit(v));
    return v;
  });

  return {
    list: async () => list.all().map(toPlaylist),
    get: async (id) => read(id),
    create: async (id, d, by, at) => {
      insert.run({ id, name: d.name, centreId: d.centreId, target: JSON.stringify(d.target), items: JSON.stringify(d.items), at, by });
      const p = read(id);
      if (!p) throw new Error(`playlist ${id} vanished right after insert`);
      return p;
    },
    save: async (id, d, baseRevision, by, at) => {
      const changed = update.run({ id, name: d.name, centreId: d.centreId, target: JSON.stringify(d.target), items: JSON.stringify(d.items), at, by, baseRevision }).changes;
      const current = read(id);
      if (!current) return { ok: false, error: 'not_found' };
      return changed === 1 ? { ok: true, playlist: current } : { ok: false, error: 'conflict', current };
    },
    publish: async (id, snapshot, audit) => publishTx(id, snapshot, audit),
    versions: async (id) => versions.all(id).map(toVersion),
    version: async (id, v) => {
      const r = version.get(id, v);
      return r ? toVersion(r) : null;
    },
    latestVersions: async () => latest.all().map(toVersion),
    allVersions: async () => allVersions.all().map(toVersion),
  };
}
