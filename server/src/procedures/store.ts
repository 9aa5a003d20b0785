import { type Procedure, ProcedureSchema } from '@hcc/shared/schemas/procedure';
import type { Db } from '../db/sqlite';
import { parseJsonColumn } from '../store/json';

export interface ProcedureRepo {
  all(): Promise<Procedure[]>;
  get(code: string): Promise<Procedure | null>;
  count(): Promise<number>;
  upsertMany(list: Procedure[], at: string): Promise<void>;
  /** Removes procedures and every centre's selection of them. */
  deleteMany(codes: string[]): Promise<void>;
  /** Codes a centre serves; empty means the centre has made no selection yet. */
  codesForCentre(centreId: string): Promise<string[]>;
  setCentreCodes(centreId: string, codes: string[]): Promise<void>;
}

export const toProcedure = (r: { body_json: string }) => parseJsonColumn(ProcedureSchema, r.body_json, 'procedure');

export function sqliteProcedureRepo(db: Db): ProcedureRepo {
  const all = db.prepare<[], { body_json: string }>('SELECT body_json FROM procedures ORDER BY code');
  const get = db.prepare<[string], { body_json: string }>('SELECT body_json FROM procedures WHERE code = ?');
  const count = db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM procedures');
  const upsert = db.prepare(
    `INSERT INTO procedures (code, body_json, updated_at) VALUES (?, ?, ?)
     ON CONFLICT(code) DO UPDATE SET body_json = excluded.body_json, updated_at = excluded.updated_at WHERE body_json <> excluded.body_json`,
  );
  const codes = db.prepare<[string], { code: string }>('SELECT code FROM centre_procedures WHERE centre_id = ? ORDER BY code');
  const clearCentre = db.prepare('DELETE FROM centre_procedures WHERE centre_id = ?');
  const addCentre = db.prepare('INSERT OR IGNORE INTO centre_procedures (centre_id, code) VALUES (?, ?)');
  const upsertAll = db.transaction((list: Procedure[], at: string) => {
    for (const p of list) upsert.run(p.code, JSON.stringify(p), at);
  });
  const delCentre = db.prepare('DELETE FROM centre_procedures WHERE code = ?');
  const del = db.prepare('DELETE FROM procedures WHERE code = ?');
  const deleteAll = db.transaction((list: string[]) => {
    for (const c of list) {
      delCentre.run(c);
      del.run(c);
    }
  });
  const setCodes = db.transaction((centreId: string, list: string[]) => {
    clearCentre.run(centreId);
    for (const c of list) addCentre.run(centreId, c);
  });
  return {
    all: async () => all.all().map(toProcedure),
    get: async (code) => {
      const r = get.get(code);
      return r ? toProcedure(r) : null;
    },
    count: async () => count.get()?.n ?? 0,
    upsertMany: async (list, at) => upsertAll(list, at),
    deleteMany: async (codes) => deleteAll(codes),
    codesForCentre: async (id) => codes.all(id).map((r) => r.code),
    setCentreCodes: async (id, list) => setCodes(id, list),
  };
}
