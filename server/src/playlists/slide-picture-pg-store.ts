import { allRows, changes, type Pg } from '../db/pg';
import type { SlidePictureRepo } from './slide-picture-store';

export function pgSlidePictureRepo(db: Pg): SlidePictureRepo {
  return {
    save: async (key, jpeg, at, by) =>
      (await changes(db, 'INSERT INTO slide_pictures (key, jpeg, created_at, created_by) VALUES ($1, $2, $3, $4) ON CONFLICT (key) DO NOTHING', [key, jpeg, at, by])) === 1,
    get: async (keys) => new Map((await allRows<{ key: string; jpeg: Buffer }>(db, 'SELECT key, jpeg FROM slide_pictures WHERE key = ANY($1)', [[...keys]])).map((r) => [r.key, r.jpeg])),
    have: async (keys) => new Set((await allRows<{ key: string }>(db, 'SELECT key FROM slide_pictures WHERE key = ANY($1)', [[...keys]])).map((r) => r.key)),
  };
}
