import { allRows, firstRow, type Queryable, storeTypes } from '../db/pg';
import type { Db } from '../db/sqlite';
import type { StoredRow, StoredSummary } from './chain';
import type { ChainPages } from './walk-chains';
import type { WalkDb } from './walk-in-worker';

const ROWS = 'SELECT * FROM impressions WHERE seq > $1 ORDER BY seq LIMIT $2';
const SUMMARIES = 'SELECT * FROM impression_summaries WHERE seq > $1 ORDER BY seq LIMIT $2';
const ENDS = 'SELECT coalesce((SELECT MAX(seq) FROM impressions), 0) AS rows, coalesce((SELECT MAX(seq) FROM impression_summaries), 0) AS summaries';

/** Both chains read through a pool or a connection of the store's (int8 read as numbers). */
export const pgWalkPages = (c: Queryable): ChainPages => ({
  page: (afterSeq, limit) => allRows<StoredRow>(c, ROWS, [afterSeq, limit]),
  summaryPage: (afterSeq, limit) => allRows<StoredSummary>(c, SUMMARIES, [afterSeq, limit]),
  ends: async () => (await firstRow<{ rows: number; summaries: number }>(c, ENDS)) ?? { rows: 0, summaries: 0 },
});

/** Both chains read through one SQLite handle. */
export function sqliteWalkPages(db: Db): ChainPages {
  const positional = (sql: string) => sql.replace('$1', '?').replace('$2', '?');
  const page = db.prepare<[number, number], StoredRow>(positional(ROWS));
  const summaryPage = db.prepare<[number, number], StoredSummary>(positional(SUMMARIES));
  const ends = db.prepare<[], { rows: number; summaries: number }>(ENDS);
  return {
    page: async (afterSeq, limit) => page.all(afterSeq, limit),
    summaryPage: async (afterSeq, limit) => summaryPage.all(afterSeq, limit),
    ends: async () => ends.get() ?? { rows: 0, summaries: 0 },
  };
}

/** A connection of the walk's own: read-only on SQLite (WAL lets it read while the server writes). */
export async function openWalkPages(db: WalkDb): Promise<{ pages: ChainPages; close(): Promise<void> }> {
  if (db.engine === 'pg') {
    const { default: pg } = await import('pg');
    const c = new pg.Client({ connectionString: db.url, types: storeTypes(pg), application_name: 'hcc-chain-walk' });
    await c.connect();
    return { pages: pgWalkPages(c), close: () => c.end() };
  }
  const { default: Database } = await import('better-sqlite3');
  const d = new Database(db.file, { readonly: true, fileMustExist: true });
  d.pragma('busy_timeout = 5000');
  return { pages: sqliteWalkPages(d), close: async () => void d.close() };
}
