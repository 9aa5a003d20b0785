import { type Centre, CentreSchema } from '@hcc/shared/schemas/centre';
import type { Selectable } from 'kysely';
import type * as z from 'zod/mini';
import type { Kdb } from '../db/kysely';
import type { CentresTable } from '../db/schema';

export interface CentreRepo {
  list(): Promise<Centre[]>;
  get(id: string): Promise<Centre | null>;
  /** Creates or replaces a centre; `official` left out keeps none. */
  upsert(c: z.input<typeof CentreSchema>): Promise<void>;
}

const toCentre = (r: Selectable<CentresTable>): Centre =>
  CentreSchema.parse({ id: r.id, kind: r.kind, name: r.name, parentId: r.parent_id, address: r.address, hotline: r.hotline, official: r.official === null ? null : JSON.parse(r.official) });

export function centreRepo(db: Kdb): CentreRepo {
  return {
    list: async () => (await db.selectFrom('centres').selectAll().orderBy('kind', 'desc').orderBy('name').execute()).map(toCentre),
    get: async (id) => {
      const r = await db.selectFrom('centres').selectAll().where('id', '=', id).executeTakeFirst();
      return r ? toCentre(r) : null;
    },
    upsert: async (input) => {
      const c = CentreSchema.parse(input);
      const row = { kind: c.kind, name: c.name, parent_id: c.parentId, address: c.address, hotline: c.hotline, official: c.official === null ? null : JSON.stringify(c.official) };
      await db
        .insertInto('centres')
        .values({ id: c.id, ...row })
        .onConflict((oc) => oc.column('id').doUpdateSet(row))
        .execute();
    },
  };
}
