import type { Db } from '../db/sqlite';

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
}

/** Searches that found something and those that did not, summed per kind, as the report counts them. */
export function toSearchCounts(rows: { kind: string; n: number }[]): { searches: number; withoutResult: number } {
  const found = rows.find((r) => r.kind === 'search')?.n ?? 0;
  const none = rows.find((r) => r.kind === 'search_empty')?.n ?? 0;
  return { searches: found + none, withoutResult: none };
}

export function sqliteUsageRepo(db: Db): UsageRepo {
  const upsert = db.prepare('INSERT INTO usage_counts (day, kind, key, count) VALUES (?, ?, ?, ?) ON CONFLICT (day, kind, key) DO UPDATE SET count = count + excluded.count');
  const addAll = db.transaction((day: string, counts: { kind: UsageKind; key: string; n: number }[]) => {
    for (const c of counts) upsert.run(day, c.kind, c.key, c.n);
  });
  const views = db.prepare<[], { key: string; n: number }>("SELECT key, SUM(count) AS n FROM usage_counts WHERE kind = 'view' GROUP BY key");
  const top = db.prepare<[string, string, number], { code: string; count: number }>(
    "SELECT key AS code, SUM(count) AS count FROM usage_counts WHERE kind = 'view' AND day BETWEEN ? AND ? GROUP BY key ORDER BY count DESC, code LIMIT ?",
  );
  const searches = db.prepare<[string, string], { kind: string; n: number }>("SELECT kind, SUM(count) AS n FROM usage_counts WHERE kind IN ('search', 'search_empty') AND day BETWEEN ? AND ? GROUP BY kind");
  const empty = db.prepare<[string, string, number], { q: string; count: number; lastDay: string }>(
    "SELECT key AS q, SUM(count) AS count, MAX(day) AS lastDay FROM usage_counts WHERE kind = 'search_empty' AND day BETWEEN ? AND ? GROUP BY key ORDER BY count DESC, q LIMIT ?",
  );
  return {
    add: async (day, counts) => addAll(day, counts),
    views: async () => new Map(views.all().map((r) => [r.key, r.n])),
    emptySearches: async (from, to, limit) => empty.all(from, to, limit),
    topViews: async (from, to, limit) => top.all(from, to, limit),
    searchCounts: async (from, to) => toSearchCounts(searches.all(from, to)),
  };
}
