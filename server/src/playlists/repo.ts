import { DraftItemSchema, type Playlist, type PlaylistDraft, PlaylistTargetSchema, type PlaylistVersion, PlaylistVersionSchema } from '@hcc/shared/schemas/playlist';
import type { Selectable } from 'kysely';
import * as z from 'zod/mini';
import { type AuditEntry, appendAudit } from '../audit/repo';
import { affected, isPostgres, type Kdb } from '../db/kysely';
import type { PlaylistsTable } from '../db/schema';
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

const ItemsSchema = z.array(DraftItemSchema);
const toPlaylist = (r: Selectable<PlaylistsTable>): Playlist => ({
  id: r.id,
  name: r.name,
  centreId: r.centre_id,
  target: parseJsonColumn(PlaylistTargetSchema, r.target_json, `target of playlist ${r.id}`),
  items: parseJsonColumn(ItemsSchema, r.items_json, `items of playlist ${r.id}`),
  revision: r.revision,
  updatedAt: r.updated_at,
  publishedVersion: r.published_version,
});

const toVersion = (r: { body_json: string }) => parseJsonColumn(PlaylistVersionSchema, r.body_json, 'playlist version');

export function playlistRepo(db: Kdb): PlaylistRepo {
  const read = async (id: string) => {
    const r = await db.selectFrom('playlists').selectAll().where('id', '=', id).executeTakeFirst();
    return r ? toPlaylist(r) : null;
  };
  const versions = db.selectFrom('playlist_versions').select('body_json');
  const draftColumns = (d: PlaylistDraft, by: string, at: string) => ({
    name: d.name,
    centre_id: d.centreId,
    target_json: JSON.stringify(d.target),
    items_json: JSON.stringify(d.items),
    updated_at: at,
    updated_by: by,
  });
  return {
    list: async () => (await db.selectFrom('playlists').selectAll().orderBy('name').execute()).map(toPlaylist),
    get: read,
    create: async (id, d, by, at) => {
      await db
        .insertInto('playlists')
        .values({ id, revision: 1, ...draftColumns(d, by, at) })
        .execute();
      const p = await read(id);
      if (!p) throw new Error(`playlist ${id} vanished right after insert`);
      return p;
    },
    save: async (id, d, baseRevision, by, at) => {
      // The revision check sits in the UPDATE itself, so two nodes saving at once cannot both win.
      const changed = affected(
        await db
          .updateTable('playlists')
          .set((eb) => ({ ...draftColumns(d, by, at), revision: eb('revision', '+', 1) }))
          .where('id', '=', id)
          .where('revision', '=', baseRevision)
          .executeTakeFirst(),
      );
      const current = await read(id);
      if (!current) return { ok: false, error: 'not_found' };
      return changed === 1 ? { ok: true, playlist: current } : { ok: false, error: 'conflict', current };
    },
    publish: (id, snapshot, audit) =>
      db.transaction().execute(async (tx): Promise<PlaylistVersion | null> => {
        // On PostgreSQL, locking the playlist row makes publishes of one playlist wait for each other,
        // on any node, so two never take the same version number (SQLite has one writer at a time).
        const playlist = await tx
          .selectFrom('playlists')
          .select('id')
          .where('id', '=', id)
          .$if(isPostgres(db), (q) => q.forUpdate())
          .executeTakeFirst();
        if (!playlist) return null;
        const latest = await tx
          .selectFrom('playlist_versions')
          .select((eb) => eb.fn.max('version').as('v'))
          .where('playlist_id', '=', id)
          .executeTakeFirst();
        const next = (latest?.v ?? 0) + 1;
        const v: PlaylistVersion = { ...snapshot, version: next };
        await tx
          .insertInto('playlist_versions')
          .values({ playlist_id: id, version: next, body_json: JSON.stringify(v), published_at: v.publishedAt })
          .execute();
        await tx.updateTable('playlists').set({ published_version: next }).where('id', '=', id).execute();
        if (audit) await appendAudit(tx, audit(v));
        return v;
      }),
    versions: async (id) => (await versions.where('playlist_id', '=', id).orderBy('version', 'desc').execute()).map(toVersion),
    version: async (id, v) => {
      const r = await versions.where('playlist_id', '=', id).where('version', '=', v).executeTakeFirst();
      return r ? toVersion(r) : null;
    },
    latestVersions: async () =>
      (
        await db
          .selectFrom('playlist_versions as v')
          .innerJoin('playlists as p', (j) => j.onRef('p.id', '=', 'v.playlist_id').onRef('p.published_version', '=', 'v.version'))
          .select('v.body_json')
          .execute()
      ).map(toVersion),
    allVersions: async () => (await versions.orderBy('playlist_id').orderBy('version').execute()).map(toVersion),
  };
}
