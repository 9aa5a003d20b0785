import { allRows, changes, firstRow, type Pg } from '../db/pg';
import { type CentreRepo, centreValues, type Row, toCentre } from './store';

export function pgCentreRepo(db: Pg): CentreRepo {
  return {
    list: async () => (await allRows<Row>(db, 'SELECT * FROM centres ORDER BY kind DESC, name')).map(toCentre),
    get: async (id) => {
      const r = await firstRow<Row>(db, 'SELECT * FROM centres WHERE id = $1', [id]);
      return r ? toCentre(r) : null;
    },
    upsert: async (c) =>
      void (await changes(
        db,
        `INSERT INTO centres (id, kind, name, parent_id, address, hotline, official) VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, name = excluded.name, parent_id = excluded.parent_id, address = excluded.address, hotline = excluded.hotline, official = excluded.official`,
        [...centreValues(c)],
      )),
  };
}
