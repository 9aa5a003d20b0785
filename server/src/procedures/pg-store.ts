import { allRows, changes, firstRow, type Pg, transaction } from '../db/pg';
import { type ProcedureRepo, toProcedure } from './store';

export function pgProcedureRepo(db: Pg): ProcedureRepo {
  return {
    all: async () => (await allRows<{ body_json: string }>(db, 'SELECT body_json FROM procedures ORDER BY code')).map(toProcedure),
    get: async (code) => {
      const r = await firstRow<{ body_json: string }>(db, 'SELECT body_json FROM procedures WHERE code = $1', [code]);
      return r ? toProcedure(r) : null;
    },
    count: async () => (await firstRow<{ n: number }>(db, 'SELECT COUNT(*) AS n FROM procedures'))?.n ?? 0,
    // A whole catalogue in one statement. One row per code, the last given winning as it does when
    // SQLite upserts them one by one; in code order, so two nodes importing at once lock rows alike.
    upsertMany: async (list, at) => {
      const byCode = new Map(list.map((p) => [p.code, JSON.stringify(p)]));
      await changes(
        db,
        `INSERT INTO procedures (code, body_json, updated_at)
         SELECT code, body, $3 FROM unnest($1::text[], $2::text[]) AS u(code, body) ORDER BY code
         ON CONFLICT (code) DO UPDATE SET body_json = excluded.body_json, updated_at = excluded.updated_at WHERE procedures.body_json <> excluded.body_json`,
        [[...byCode.keys()], [...byCode.values()], at],
      );
    },
    deleteMany: (codes) =>
      transaction(db, async (c) => {
        await changes(c, 'DELETE FROM centre_procedures WHERE code = ANY($1::text[])', [codes]);
        await changes(c, 'DELETE FROM procedures WHERE code = ANY($1::text[])', [codes]);
      }),
    codesForCentre: async (id) => (await allRows<{ code: string }>(db, 'SELECT code FROM centre_procedures WHERE centre_id = $1 ORDER BY code', [id])).map((r) => r.code),
    setCentreCodes: (id, codes) =>
      transaction(db, async (c) => {
        // Two imports for one centre at once would otherwise each delete what they can see and leave
        // the union of both lists; the centre's row lock makes the second wait and replace the first.
        await changes(c, 'SELECT 1 FROM centres WHERE id = $1 FOR NO KEY UPDATE', [id]);
        await changes(c, 'DELETE FROM centre_procedures WHERE centre_id = $1', [id]);
        await changes(c, 'INSERT INTO centre_procedures (centre_id, code) SELECT $1, unnest($2::text[]) ON CONFLICT DO NOTHING', [id, codes]);
      }),
  };
}
