import { type RegisterEntry, RegisterEntrySchema } from '@hcc/shared/schemas/register';
import type { Db } from '../db/sqlite';
import { parseJsonColumn } from '../store/json';

/** The evidence register: entries are added and withdrawn, never edited or deleted. */
export interface RegisterRepo {
  /** Entries of the centres (null: every centre) dated from–to (Vietnam days, both included), oldest first. */
  list(centreIds: string[] | null, from: string, to: string): Promise<RegisterEntry[]>;
  get(id: string): Promise<RegisterEntry | null>;
  insert(e: RegisterEntry): Promise<void>;
  /** Marks an entry withdrawn; false when it was already (the first withdrawal stands). */
  withdraw(id: string, withdrawn: NonNullable<RegisterEntry['withdrawn']>): Promise<boolean>;
}

export interface Row {
  body_json: string;
  withdrawn_json: string | null;
}
export const toEntry = (r: Row) => parseJsonColumn(RegisterEntrySchema, JSON.stringify({ ...JSON.parse(r.body_json), withdrawn: r.withdrawn_json === null ? null : JSON.parse(r.withdrawn_json) }), 'register entry');
/** The columns both engines write, in order: id, centre_id, date, body_json (the entry as entered). */
export const entryValues = (e: RegisterEntry) => [e.id, e.centreId, e.date, JSON.stringify({ ...e, withdrawn: null })] as const;
export const inCentres = (centreIds: string[] | null) => (e: RegisterEntry) => !centreIds || centreIds.includes(e.centreId);

export function sqliteRegisterRepo(db: Db): RegisterRepo {
  const list = db.prepare<[string, string], Row>('SELECT body_json, withdrawn_json FROM register_entries WHERE date >= ? AND date <= ? ORDER BY date, created_at, id');
  const get = db.prepare<[string], Row>('SELECT body_json, withdrawn_json FROM register_entries WHERE id = ?');
  const insert = db.prepare('INSERT INTO register_entries (id, centre_id, date, body_json, created_at) VALUES (?, ?, ?, ?, ?)');
  const withdraw = db.prepare('UPDATE register_entries SET withdrawn_json = ? WHERE id = ? AND withdrawn_json IS NULL');
  return {
    list: async (centreIds, from, to) => list.all(from, to).map(toEntry).filter(inCentres(centreIds)),
    get: async (id) => {
      const r = get.get(id);
      return r ? toEntry(r) : null;
    },
    insert: async (e) => void insert.run(...entryValues(e), e.createdAt),
    withdraw: async (id, w) => withdraw.run(JSON.stringify(w), id).changes === 1,
  };
}
