import { MediaMimeSchema, type MediaAsset } from '@hcc/shared/schemas/media';
import type { Db } from '../db/sqlite';

export type MediaRecord = Omit<MediaAsset, 'url' | 'poster'> & { createdBy: string };

export interface MediaRepo {
  list(): Promise<MediaRecord[]>;
  get(id: string): Promise<MediaRecord | null>;
  /** False when the same content was already stored (content addressing makes uploads idempotent). */
  insertIfAbsent(m: MediaRecord): Promise<boolean>;
  /** False when there was no such record. */
  delete(id: string): Promise<boolean>;
  /** A video's still frame; a later one replaces it. */
  savePoster(id: string, jpeg: Buffer, at: string): Promise<void>;
  getPoster(id: string): Promise<Buffer | null>;
  /** The media that have a poster. */
  withPosters(): Promise<Set<string>>;
}

export interface Row {
  id: string;
  kind: 'video' | 'image';
  mime: string;
  bytes: number;
  name: string;
  created_at: string;
  created_by: string;
}
export const toMedia = (r: Row): MediaRecord => ({
  id: r.id,
  kind: r.kind,
  mime: MediaMimeSchema.parse(r.mime),
  bytes: r.bytes,
  name: r.name,
  createdAt: r.created_at,
  createdBy: r.created_by,
});

export function sqliteMediaRepo(db: Db): MediaRepo {
  const list = db.prepare<[], Row>('SELECT * FROM media ORDER BY created_at DESC');
  const get = db.prepare<[string], Row>('SELECT * FROM media WHERE id = ?');
  const insert = db.prepare(
    `INSERT INTO media (id, kind, mime, bytes, name, created_at, created_by) VALUES (@id, @kind, @mime, @bytes, @name, @createdAt, @createdBy)
     ON CONFLICT(id) DO NOTHING`,
  );
  const del = db.prepare('DELETE FROM media WHERE id = ?');
  const putPoster = db.prepare('INSERT INTO media_posters (media_id, jpeg, created_at) VALUES (?, ?, ?) ON CONFLICT (media_id) DO UPDATE SET jpeg = excluded.jpeg, created_at = excluded.created_at');
  const getPoster = db.prepare<[string], { jpeg: Buffer }>('SELECT jpeg FROM media_posters WHERE media_id = ?');
  const posterIds = db.prepare<[], string>('SELECT media_id FROM media_posters').pluck();
  return {
    list: async () => list.all().map(toMedia),
    delete: async (id) => del.run(id).changes === 1,
    get: async (id) => {
      const r = get.get(id);
      return r ? toMedia(r) : null;
    },
    insertIfAbsent: async (m) => insert.run(m).changes === 1,
    savePoster: async (id, jpeg, at) => void putPoster.run(id, jpeg, at),
    getPoster: async (id) => getPoster.get(id)?.jpeg ?? null,
    withPosters: async () => new Set(posterIds.all()),
  };
}
