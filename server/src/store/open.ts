import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Config } from '../config/config';
import { openPg } from '../db/pg';
import { openSqlite } from '../db/sqlite';
import { loadLogKey } from '../impressions/log-key';
import { pgStore } from './pg-store';
import { type Store, sqliteStore } from './store';

type OpenConfig = Pick<Config, 'dataDir' | 'databaseUrl'> & Partial<Pick<Config, 'redisUrl' | 'logHmacKey'>>;

/**
 * PostgreSQL when DATABASE_URL names one (several nodes can share it), else SQLite in DATA_DIR. Migrates
 * either way, and checks that the proof-of-play log's key (LOG_HMAC_KEY, or DATA_DIR/log-hmac.key) is
 * the one the log was written with: with another key the server would not start.
 */
export async function openStore(config: OpenConfig): Promise<Store> {
  // Every command opens the store through here, so each works on a fresh DATA_DIR, not only the server.
  await mkdir(config.dataDir, { recursive: true });
  const key = await loadLogKey(config);
  const store = config.databaseUrl ? pgStore(await openPg(config.databaseUrl), key) : sqliteStore(await openSqlite(path.join(config.dataDir, 'hcc.sqlite')), key);
  try {
    await store.impressions.keying();
  } catch (err) {
    await store.close();
    throw err;
  }
  return store;
}
