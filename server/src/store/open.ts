import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Config } from '../config/config';
import { openPg } from '../db/pg';
import { openSqlite } from '../db/sqlite';
import { pgStore } from './pg-store';
import { type Store, sqliteStore } from './store';

/** PostgreSQL when DATABASE_URL names one (several nodes can share it), else SQLite in DATA_DIR. Migrates either way. */
export async function openStore(config: Pick<Config, 'dataDir' | 'databaseUrl'>): Promise<Store> {
  if (config.databaseUrl) return pgStore(await openPg(config.databaseUrl));
  // Every command opens the store through here, so each works on a fresh DATA_DIR, not only the server.
  await mkdir(config.dataDir, { recursive: true });
  return sqliteStore(openSqlite(path.join(config.dataDir, 'hcc.sqlite')));
}
