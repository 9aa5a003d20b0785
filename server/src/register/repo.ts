import { type RegisterEntry, RegisterEntrySchema } from '@hcc/shared/schemas/register';
import { affected, type Kdb } from '../db/kysely';
import { parseJsonColumn } from '../store/json';

/** The evidence register: entries are added and withdrawn, never edited or deleted. */
export interface RegisterRepo {
  /** Entries of the centres (null: every centre) dated from–to (Vietnam days, both included), oldest first. */
  list(centreIds: string[] | null, from: string, to: string): Promise<RegisterEntry[]>;
  get(id: string): Promise<RegisterEntry | null>;
  insert(e: RegisterEntry): Promise<void>;
  /** Entries, withdrawn ones too, whose proof is this media file. */
  provedBy(mediaId: string): Promise<RegisterEntry[]>;
  /** Marks an entry withdrawn; false when it was already (the first withdrawal stands). */
  withdraw(id: string, withdrawn: NonNullable<RegisterEntry['withdrawn']>): Promise<boolean>;
}

interface Row {
  body_json: string;
  withdrawn_json: string | null;
}
const toEntry = (r: Row) =>
  parseJsonColumn(RegisterEntrySchema, JSON.stringify({ ...JSON.parse(r.body_json), withdrawn: r.withdrawn_json === null ? null : JSON.parse(r.withdrawn_json) }), 'register entry');
const inCentres = (centreIds: string[] | null) => (e: RegisterEntry) => !centreIds || centreIds.includes(e.centreId);

export function registerRepo(db: Kdb): RegisterRepo {
  const entries = db.selectFrom('register_entries').select(['body_json', 'withdrawn_json']);
  return {
    list: async (centreIds, from, to) =>
      (await entries.where('date', '>=', from).where('date', '<=', to).orderBy('date').orderBy('created_at').orderBy('id').execute()).map(toEntry).filter(inCentres(centreIds)),
    get: async (id) => {
      const r = await entries.where('id', '=', id).executeTakeFirst();
      return r ? toEntry(r) : null;
    },
    // A media id is a sha256 in hex: found in the body's text, then checked to be the proof's.
    provedBy: async (mediaId) => (await entries.where('body_json', 'like', `%${mediaId}%`).execute()).map(toEntry).filter((e) => e.proof?.kind === 'media' && e.proof.mediaId === mediaId),
    // The body keeps the entry as entered; its withdrawal is a column of its own, written once.
    insert: async (e) =>
      void (await db
        .insertInto('register_entries')
        .values({ id: e.id, centre_id: e.centreId, date: e.date, body_json: JSON.stringify({ ...e, withdrawn: null }), created_at: e.createdAt })
        .execute()),
    withdraw: async (id, w) =>
      affected(
        await db
          .updateTable('register_entries')
          .set({ withdrawn_json: JSON.stringify(w) })
          .where('id', '=', id)
          .where('withdrawn_json', 'is', null)
          .executeTakeFirst(),
      ) === 1,
  };
}
