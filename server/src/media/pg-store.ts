import { allRows, changes, firstRow, type Pg } from '../db/pg';
import { type MediaRepo, type Row, toMedia } from './store';

export function pgMediaRepo(db: Pg): MediaRepo {
  return {
    list: async () => (await allRows<Row>(db, 'SELECT * FROM media ORDER BY created_at DESC')).map(toMedia),
    get: async (id) => {
      const r = await firstRow<Row>(db, 'SELECT * FROM media WHERE id = $1', [id]);
      return r ? toMedia(r) : null;
    },
    insertIfAbsent: async (m) =>
      (await changes(
        db,
        `INSERT INTO media (id, kind, mime, bytes, name, created_at, created_by) VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (id) DO NOTHING`,
        [m.id, m.kind, m.mime, m.bytes, m.name, m.createdAt, m.createdBy],
      )) === 1,
    delete: async (id) => (await changes(db, 'DELETE FROM media WHERE id = $1', [id])) === 1,
    savePoster: async (id, jpeg, at) =>
      void (await changes(db, 'INSERT INTO media_posters (media_id, jpeg, created_at) VALUES ($1, $2, $3) ON CONFLICT (media_id) DO UPDATE SET jpeg = excluded.jpeg, created_at = excluded.created_at', [id, jpeg, at])),
    getPoster: async (id) => (await firstRow<{ jpeg: Buffer }>(db, 'SELECT jpeg FROM media_posters WHERE media_id = $1', [id]))?.jpeg ?? null,
    withPosters: async () => new Set((await allRows<{ media_id: string }>(db, 'SELECT media_id FROM media_posters')).map((r) => r.media_id)),
  };
}
