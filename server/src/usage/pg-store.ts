import { allRows, changes, type Pg } from '../db/pg';
import { toSearchCounts, type UsageRepo } from './store';

// SUM over BIGINT is NUMERIC, which node-postgres gives as a string: the sums are cast back to BIGINT.
export function pgUsageRepo(db: Pg): UsageRepo {
  return {
    // One statement; a key given twice is summed, as SQLite's row-by-row upsert does. In key order, so
    // two nodes adding to the same counters lock them alike.
    add: async (day, counts) =>
      void (await changes(
        db,
        `INSERT INTO usage_counts (day, kind, key, count)
         SELECT $1, kind, key, SUM(n) FROM unnest($2::text[], $3::text[], $4::bigint[]) AS u(kind, key, n) GROUP BY kind, key ORDER BY kind, key
         ON CONFLICT (day, kind, key) DO UPDATE SET count = usage_counts.count + excluded.count`,
        [day, counts.map((c) => c.kind), counts.map((c) => c.key), counts.map((c) => c.n)],
      )),
    views: async () =>
      new Map((await allRows<{ key: string; n: number }>(db, "SELECT key, SUM(count)::bigint AS n FROM usage_counts WHERE kind = 'view' GROUP BY key")).map((r) => [r.key, r.n])),
    topViews: (from, to, limit) =>
      allRows<{ code: string; count: number }>(
        db,
        "SELECT key AS code, SUM(count)::bigint AS count FROM usage_counts WHERE kind = 'view' AND day BETWEEN $1 AND $2 GROUP BY key ORDER BY count DESC, code LIMIT $3",
        [from, to, limit],
      ),
    emptySearches: (from, to, limit) =>
      allRows<{ q: string; count: number; lastDay: string }>(
        db,
        `SELECT key AS q, SUM(count)::bigint AS count, MAX(day) AS "lastDay" FROM usage_counts WHERE kind = 'search_empty' AND day BETWEEN $1 AND $2
         GROUP BY key ORDER BY count DESC, q LIMIT $3`,
        [from, to, limit],
      ),
    searchCounts: async (from, to) =>
      toSearchCounts(
        await allRows<{ kind: string; n: number }>(
          db,
          "SELECT kind, SUM(count)::bigint AS n FROM usage_counts WHERE kind IN ('search', 'search_empty') AND day BETWEEN $1 AND $2 GROUP BY kind",
          [from, to],
        ),
      ),
  };
}
