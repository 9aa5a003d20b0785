import { allRows, changes, firstRow, type Pg } from '../db/pg';
import { entryValues, inCentres, type RegisterRepo, type Row, toEntry } from './store';

export function pgRegisterRepo(db: Pg): RegisterRepo {
  return {
    list: async (centreIds, from, to) => (await allRows<Row>(db, 'SELECT body_json, withdrawn_json FROM register_entries WHERE date >= $1 AND date <= $2 ORDER BY date, created_at, id', [from, to])).map(toEntry).filter(inCentres(centreIds)),
    get: async (id) => {
      const r = await firstRow<Row>(db, 'SELECT body_json, withdrawn_json FROM register_entries WHERE id = $1', [id]);
      return r ? toEntry(r) : null;
    },
    insert: async (e) => void (await changes(db, 'INSERT INTO register_entries (id, centre_id, date, body_json, created_at) VALUES ($1, $2, $3, $4, $5)', [...entryValues(e), e.createdAt])),
    withdraw: async (id, w) => (await changes(db, 'UPDATE register_entries SET withdrawn_json = $1 WHERE id = $2 AND withdrawn_json IS NULL', [JSON.stringify(w), id])) === 1,
  };
}
