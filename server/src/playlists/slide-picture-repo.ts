import { createHash } from 'node:crypto';
import type { Kdb } from '../db/kysely';

/** The key of a slide's picture: SHA-256 of what it shows (shared playlists/slide-content.ts). */
export const slidePictureKey = (content: string) => createHash('sha256').update(content, 'utf8').digest('hex');

export interface SlidePictureRepo {
  /** Keeps the first picture of a slide: false when one was already there (it is not replaced). */
  save(key: string, jpeg: Buffer, at: string, by: string): Promise<boolean>;
  get(keys: readonly string[]): Promise<Map<string, Buffer>>;
  /** Of these keys, those that have a picture. */
  have(keys: readonly string[]): Promise<Set<string>>;
}

export function slidePictureRepo(db: Kdb): SlidePictureRepo {
  return {
    save: async (key, jpeg, at, by) => {
      const r = await db
        .insertInto('slide_pictures')
        .values({ key, jpeg, created_at: at, created_by: by })
        .onConflict((oc) => oc.column('key').doNothing())
        .executeTakeFirst();
      return Number(r.numInsertedOrUpdatedRows ?? 0) === 1;
    },
    get: async (keys) =>
      keys.length === 0
        ? new Map()
        : new Map(
            (
              await db
                .selectFrom('slide_pictures')
                .select(['key', 'jpeg'])
                .where('key', 'in', [...keys])
                .execute()
            ).map((r) => [r.key, r.jpeg]),
          ),
    have: async (keys) =>
      keys.length === 0
        ? new Set()
        : new Set(
            (
              await db
                .selectFrom('slide_pictures')
                .select('key')
                .where('key', 'in', [...keys])
                .execute()
            ).map((r) => r.key),
          ),
  };
}
