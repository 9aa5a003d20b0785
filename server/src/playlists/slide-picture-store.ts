import { createHash } from 'node:crypto';
import type { Db } from '../db/sqlite';

/** The key of a slide's picture: SHA-256 of what it shows (shared playlists/slide-content.ts). */
export const slidePictureKey = (content: string) => createHash('sha256').update(content, 'utf8').digest('hex');

export interface SlidePictureRepo {
  /** Keeps the first picture of a slide: false when one was already there (it is not replaced). */
  save(key: string, jpeg: Buffer, at: string, by: string): Promise<boolean>;
  get(keys: readonly string[]): Promise<Map<string, Buffer>>;
  /** Of these keys, those that have a picture. */
  have(keys: readonly string[]): Promise<Set<string>>;
}

export function sqliteSlidePictureRepo(db: Db): SlidePictureRepo {
  const insert = db.prepare('INSERT INTO slide_pictures (key, jpeg, created_at, created_by) VALUES (?, ?, ?, ?) ON CONFLICT (key) DO NOTHING');
  const one = db.prepare<[string], { jpeg: Buffer }>('SELECT jpeg FROM slide_pictures WHERE key = ?');
  const exists = db.prepare<[string], { key: string }>('SELECT key FROM slide_pictures WHERE key = ?');
  return {
    save: async (key, jpeg, at, by) => insert.run(key, jpeg, at, by).changes === 1,
    get: async (keys) =>
      new Map(
        keys.flatMap((k) => {
          const r = one.get(k);
          return r ? [[k, r.jpeg] as const] : [];
        }),
      ),
    have: async (keys) => new Set(keys.filter((k) => exists.get(k))),
  };
}
