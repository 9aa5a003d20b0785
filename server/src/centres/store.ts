import { type Centre, CentreSchema } from '@hcc/shared/schemas/centre';
import type * as z from 'zod/mini';
import type { Db } from '../db/sqlite';

export interface CentreRepo {
  list(): Promise<Centre[]>;
  get(id: string): Promise<Centre | null>;
  /** Creates or replaces a centre; `official` left out keeps none. */
  upsert(c: z.input<typeof CentreSchema>): Promise<void>;
}

export interface Row {
  id: string;
  kind: string;
  name: string;
  parent_id: string | null;
  address: string;
  hotline: string;
  /** JSON of the letterhead fields, or null. */
  official: string | null;
}
export const toCentre = (r: Row): Centre =>
  CentreSchema.parse({ id: r.id, kind: r.kind, name: r.name, parentId: r.parent_id, address: r.address, hotline: r.hotline, official: r.official === null ? null : JSON.parse(r.official) });
/** The values both engines bind, in column order: id, kind, name, parent_id, address, hotline, official. */
export const centreValues = (input: z.input<typeof CentreSchema>) => {
  const c = CentreSchema.parse(input);
  return [c.id, c.kind, c.name, c.parentId, c.address, c.hotline, c.official === null ? null : JSON.stringify(c.official)] as const;
};

export function sqliteCentreRepo(db: Db): CentreRepo {
  const list = db.prepare<[], Row>('SELECT * FROM centres ORDER BY kind DESC, name');
  const get = db.prepare<[string], Row>('SELECT * FROM centres WHERE id = ?');
  const upsert = db.prepare(
    `INSERT INTO centres (id, kind, name, parent_id, address, hotline, official) VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT(id) DO UPDATE SET kind = excluded.kind, name = excluded.name, parent_id = excluded.parent_id, address = excluded.address, hotline = excluded.hotline, official = excluded.official`,
  );
  return {
    list: async () => list.all().map(toCentre),
    get: async (id) => {
      const r = get.get(id);
      return r ? toCentre(r) : null;
    },
    upsert: async (c) => void upsert.run(...centreValues(c)),
  };
}
