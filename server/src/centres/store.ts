import { type Centre, CentreSchema } from '@hcc/shared/schemas/centre';
import type { Db } from '../db/sqlite';

export interface CentreRepo {
  list(): Promise<Centre[]>;
  get(id: string): Promise<Centre | null>;
  upsert(c: Centre): Promise<void>;
}

export interface Row {
  id: string;
  kind: string;
  name: string;
  parent_id: string | null;
  address: string;
  hotline: string;
}
export const toCentre = (r: Row): Centre => CentreSchema.parse({ id: r.id, kind: r.kind, name: r.name, parentId: r.parent_id, address: r.address, hotline: r.hotline });

export function sqliteCentreRepo(db: Db): CentreRepo {
  const list = db.prepare<[], Row>('SELECT * FROM centres ORDER BY kind DESC, name');
  const get = db.prepare<[string], Row>('SELECT * FROM centres WHERE id = ?');
  const upsert = db.prepare(
    `INSERT INTO centres (id, kind, name, parent_id, address, hotline) VALUES (@id, @kind, @name, @parentId, @address, @hotline)
     ON CONFLICT(id) DO UPDATE SET kind = excluded.kind, name = excluded.name, parent_id = excluded.parent_id, address = excluded.address, hotline = excluded.hotline`,
  );
  return {
    list: async () => list.all().map(toCentre),
    get: async (id) => {
      const r = get.get(id);
      return r ? toCentre(r) : null;
    },
    upsert: async (c) => void upsert.run(c),
  };
}
