import type { StaffSynonym } from '@hcc/shared/search/staff-lexicon';
import type { Kdb } from '../db/kysely';

/**
 * Staff's synonyms and the query → opened-procedure counts behind their suggestions, written once over
 * either engine with Kysely (the tables: migration 019_search_lexicon.sql). The tables are declared here,
 * not in db/schema.ts, so this feature's storage stays in one file.
 */
type Tables = {
  search_lexicon: { id: string; say: string; means: string; field: string; status: StaffSynonym['status']; created_by: string; created_at: string };
  search_picks: { day: string; q: string; code: string; count: number; rank_total: number };
};

export interface SearchLexiconRepo {
  /** Every synonym, active and dismissed, oldest first. */
  all(): Promise<StaffSynonym[]>;
  /** Adds a synonym, or replaces the one for the same phrase (a dismissed suggestion staff now answer). */
  put(s: StaffSynonym): Promise<StaffSynonym | null>;
  remove(id: string): Promise<StaffSynonym | null>;
  addPicks(day: string, picks: { q: string; code: string; n: number; rankTotal: number }[]): Promise<void>;
  /** Query → procedure counts between two days, most frequent first. */
  picks(fromDay: string, toDay: string, limit: number): Promise<{ q: string; code: string; count: number; rankTotal: number }[]>;
}

const toSynonym = (r: Tables['search_lexicon']): StaffSynonym => ({ id: r.id, say: r.say, means: r.means, field: r.field, status: r.status, createdBy: r.created_by, createdAt: r.created_at });

export function searchLexiconRepo(kdb: Kdb): SearchLexiconRepo {
  const k = kdb.withTables<Tables>();
  const get = async (id: string) => {
    const r = await k.selectFrom('search_lexicon').selectAll().where('id', '=', id).executeTakeFirst();
    return r ? toSynonym(r) : null;
  };
  return {
    all: async () => (await k.selectFrom('search_lexicon').selectAll().orderBy('created_at').orderBy('id').execute()).map(toSynonym),
    async put(s) {
      const row = { id: s.id, say: s.say, means: s.means, field: s.field, status: s.status, created_by: s.createdBy, created_at: s.createdAt };
      const before = await k.selectFrom('search_lexicon').selectAll().where('say', '=', s.say).executeTakeFirst();
      await k
        .insertInto('search_lexicon')
        .values(row)
        .onConflict((oc) => oc.column('say').doUpdateSet({ means: s.means, field: s.field, status: s.status, created_by: s.createdBy, created_at: s.createdAt }))
        .execute();
      return before ? toSynonym(before) : null;
    },
    async remove(id) {
      const before = await get(id);
      if (before) await k.deleteFrom('search_lexicon').where('id', '=', id).execute();
      return before;
    },
    async addPicks(day, picks) {
      if (!picks.length) return;
      await k.transaction().execute(async (tx) => {
        for (const p of picks) {
          await tx
            .insertInto('search_picks')
            .values({ day, q: p.q, code: p.code, count: p.n, rank_total: p.rankTotal })
            .onConflict((oc) =>
              oc.columns(['day', 'q', 'code']).doUpdateSet((eb) => ({
                count: eb('search_picks.count', '+', eb.ref('excluded.count')),
                rank_total: eb('search_picks.rank_total', '+', eb.ref('excluded.rank_total')),
              })),
            )
            .execute();
        }
      });
    },
    async picks(from, to, limit) {
      const rows = await k
        .selectFrom('search_picks')
        .select((eb) => ['q', 'code', eb.fn.sum<number | string>('count').as('count'), eb.fn.sum<number | string>('rank_total').as('rank_total')])
        .where('day', '>=', from)
        .where('day', '<=', to)
        .groupBy(['q', 'code'])
        .orderBy('count', 'desc')
        .orderBy('q')
        .limit(limit)
        .execute();
      // PostgreSQL's SUM of a BIGINT arrives as text.
      return rows.map((r) => ({ q: r.q, code: r.code, count: Number(r.count), rankTotal: Number(r.rank_total) }));
    },
  };
}
