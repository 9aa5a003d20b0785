import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import type { Pg } from './pg';
import type { Database } from './schema';
import type { Db } from './sqlite';

/**
 * One typed query builder over either engine, so a repository is written once. It wraps the handles
 * the store already opened (the SQLite file, the PostgreSQL pool) rather than opening its own, so
 * migrations, engine-specific paths (bulk ingest, the hash chain) and Kysely share one connection set.
 */
export type Kdb = Kysely<Database>;

export const sqliteKysely = (db: Db): Kdb => new Kysely<Database>({ dialect: new SqliteDialect({ database: db }) });

export const pgKysely = (pool: Pg): Kdb => new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
