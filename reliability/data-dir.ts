import path from 'node:path';
import Database from 'better-sqlite3';

/** Rows read straight from a server's SQLite file, read-only, beside the process that has it open (WAL allows it). */
export function query<T>(dataDir: string, sql: string, ...params: unknown[]): T[] {
  const db = new Database(path.join(dataDir, 'hcc.sqlite'), { readonly: true, fileMustExist: true });
  try {
    return db.prepare<unknown[], T>(sql).all(...params);
  } finally {
    db.close();
  }
}

/** What the server counts for one screen: the roll-up's showings, and the raw rows and summaries behind them. */
export function screenTotals(dataDir: string, deviceId: string): { rolledUp: number; raw: number; summaries: number; folded: number } {
  const one = <T>(sql: string) => query<T>(dataDir, sql, deviceId)[0] as T;
  const { n: rolledUp } = one<{ n: number }>('SELECT COALESCE(SUM(showings), 0) AS n FROM impression_daily WHERE device_id = ?');
  const { n: raw } = one<{ n: number }>('SELECT COUNT(*) AS n FROM impressions WHERE device_id = ?');
  const s = one<{ n: number; folded: number }>('SELECT COUNT(*) AS n, COALESCE(SUM(showings), 0) AS folded FROM impression_summaries WHERE device_id = ?');
  return { rolledUp, raw, summaries: s.n, folded: s.folded };
}
