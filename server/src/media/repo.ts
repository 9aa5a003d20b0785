import { MediaMimeSchema, type MediaAsset } from '@hcc/shared/schemas/media';
import type { Selectable } from 'kysely';
import { affected, type Kdb, sumAsNumber } from '../db/kysely';
import type { MediaTable } from '../db/schema';

export type MediaRecord = Omit<MediaAsset, 'url' | 'poster'> & { createdBy: string };

export interface MediaRepo {
  list(): Promise<MediaRecord[]>;
  get(id: string): Promise<MediaRecord | null>;
  /** False when the same content was already stored (content addressing makes uploads idempotent). */
  insertIfAbsent(m: MediaRecord): Promise<boolean>;
  /** False when there was no such record. */
  delete(id: string): Promise<boolean>;
  /** The bytes of every stored file: what the library holds on disk. */
  totalBytes(): Promise<number>;
  /** A video's still frame; a later one replaces it. */
  savePoster(id: string, jpeg: Buffer, at: string): Promise<void>;
  getPoster(id: string): Promise<Buffer | null>;
  /** The media that have a poster. */
  withPosters(): Promise<Set<string>>;
}

const toMedia = (r: Selectable<MediaTable>): MediaRecord => ({
  id: r.id,
  kind: r.kind,
  mime: MediaMimeSchema.parse(r.mime),
  bytes: r.bytes,
  name: r.name,
  createdAt: r.created_at,
  createdBy: r.created_by,
});

export function mediaRepo(db: Kdb): MediaRepo {
  return {
    list: async () => (await db.selectFrom('media').selectAll().orderBy('created_at', 'desc').execute()).map(toMedia),
    get: async (id) => {
      const r = await db.selectFrom('media').selectAll().where('id', '=', id).executeTakeFirst();
      return r ? toMedia(r) : null;
    },
    insertIfAbsent: async (m) =>
      affected(
        await db
          .insertInto('media')
          .values({ id: m.id, kind: m.kind, mime: m.mime, bytes: m.bytes, name: m.name, created_at: m.createdAt, created_by: m.createdBy })
          .onConflict((oc) => oc.column('id').doNothing())
          .executeTakeFirst(),
      ) === 1,
    delete: async (id) => affected(await db.deleteFrom('media').where('id', '=', id).executeTakeFirst()) === 1,
    totalBytes: async () => Number((await db.selectFrom('media').select(sumAsNumber('bytes').as('n')).executeTakeFirst())?.n ?? 0),
    savePoster: async (id, jpeg, at) =>
      void (await db
        .insertInto('media_posters')
        .values({ media_id: id, jpeg, created_at: at })
        .onConflict((oc) => oc.column('media_id').doUpdateSet({ jpeg, created_at: at }))
        .execute()),
    getPoster: async (id) => (await db.selectFrom('media_posters').select('jpeg').where('media_id', '=', id).executeTakeFirst())?.jpeg ?? null,
    withPosters: async () => new Set((await db.selectFrom('media_posters').select('media_id').execute()).map((r) => r.media_id)),
  };
}
