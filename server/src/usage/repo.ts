import { type Kdb, sumAsNumber, writeInChunks } from '../db/kysely';

export type UsageKind = 'search' | 'search_empty' | 'view';

export interface UsageRepo {
  add(day: string, counts: { kind: UsageKind; key: string; n: number }[]): Promise<void>;
  /** Views per procedure over all time: the search ranks the common ones first. */
  views(): Promise<Map<string, number>>;
  /** Procedures opened most often between two days, with their counts. */
  topViews(fromDay: string, toDay: string, limit: number): Promise<{ code: string; count: number }[]>;
  /** Queries that found nothing, most frequent first. */
  emptySearches(fromDay: string, toDay: string, limit: number): Promise<{ q: string; count: number; lastDay: string }[]>;
  searchCounts(fromDay: string, toDay: string): Promise<{ searches: number; withoutResult: number }>;
  /** Every query searched between two days, found or not, most frequent first (the needs the catalogue lacks). */
  searches(fromDay: string, toDay: string, limit: number): Promise<{ q: string; count: number }[]>;
}

/** Searches that found something and those that did not, summed per kind, as the report counts them. */
function toSearchCounts(rows: { kind: string; n: number }[]): { searches: number; withoutResult: number } {
  const found = rows.find((r) => r.kind === 'search')?.n ?? 0;
  const none = rows.find((r) => r.kind === 'search_empty')?.n ?? 0;
  return { searches: found + none, withoutResult: none };
}

/**
 * A key given twice is summed first (one statement may not upsert a row twice), and the rows go in key
 * order, so two nodes adding to the same counters lock them alike.
 */
function summed(day: string, counts: { kind: UsageKind; key: string; n: number }[]) {
  const byKey = new Map<string, { day: string; kind: UsageKind; key: string; count: number }>();
  for (const c of counts) {
    const id = `${c.kind}\u0000${c.key}`;
    const row = byKey.get(id) ?? { day, kind: c.kind, key: c.key, count: 0 };
    row.count += c.n;
    byKey.set(id, row);
  }
  return [...byKey.values()].sort((a, b) => (a.kind === b.kind ? (a.key < b.key ? -1 : a.key > b.key ? 1 : 0) : a.kind < b.kind ? -1 : 1));
}

export function usageRepo(db: Kdb): UsageRepo {
  const between = (kind: UsageKind, from: string, to: string) => db.selectFrom('usage_counts').where('kind', '=', kind).where('day', '>=', from).where('day', '<=', to).groupBy('key');
  return {
    add: (day, counts) =>
      writeInChunks(db, summed(day, counts), (tx, part) =>
        tx
          .insertInto('usage_counts')
          .values(part)
          .onConflict((oc) => oc.columns(['day', 'kind', 'key']).doUpdateSet((eb) => ({ count: eb('usage_counts.count', '+', eb.ref('excluded.count')) })))
          .execute(),
      ),
    views: async () =>
      new Map(
        (
          await db
            .selectFrom('usage_counts')
            .select(['key', sumAsNumber('count').as('n')])
            .where('kind', '=', 'view')
            .groupBy('key')
            .execute()
        ).map((r) => [r.key, r.n]),
      ),
    topViews: (from, to, limit) =>
      between('view', from, to)
        .select(['key as code', sumAsNumber('count').as('count')])
        .orderBy('count', 'desc')
        .orderBy('code')
        .limit(limit)
        .execute(),
    emptySearches: (from, to, limit) =>
      between('search_empty', from, to)
        .select((eb) => ['key as q', sumAsNumber('count').as('count'), eb.fn.max('day').as('lastDay')])
        .orderBy('count', 'desc')
        .orderBy('q')
        .limit(limit)
        .execute(),
    searches: (from, to, limit) =>
      db
        .selectFrom('usage_counts')
        .select(['key as q', sumAsNumber('count').as('count')])
        .where('kind', 'in', ['search', 'search_empty'])
        .where('day', '>=', from)
        .where('day', '<=', to)
        .groupBy('key')
        .orderBy('count', 'desc')
        .orderBy('q')
        .limit(limit)
        .execute(),
    searchCounts: async (from, to) =>
      toSearchCounts(
        await db
          .selectFrom('usage_counts')
          .select(['kind', sumAsNumber('count').as('n')])
          .where('kind', 'in', ['search', 'search_empty'])
          .where('day', '>=', from)
          .where('day', '<=', to)
          .groupBy('kind')
          .execute(),
      ),
  };
}
