import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { Config } from '../src/config/config';
import { openSqlite } from '../src/db/sqlite';

/** The engine the server tests run on: the `server-pg` project sets HCC_TEST_DB=pg, `server` leaves SQLite. */
export const testEngine: 'sqlite' | 'pg' = process.env.HCC_TEST_DB === 'pg' ? 'pg' : 'sqlite';

/** This machine's PostgreSQL; HCC_TEST_DATABASE_URL points the tests at another. */
export const TEST_PG_URL = process.env.HCC_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

async function withClient<T>(url: string, work: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export interface TestDatabase {
  /** What openStore needs: a data directory (media, and the SQLite file), and a database URL on PostgreSQL. */
  dataDir: string;
  databaseUrl: string | undefined;
  drop(): Promise<void>;
}

/**
 * An empty database of the engine under test, so tests share nothing even when they run side by side.
 * On PostgreSQL that is a schema of its own: the URL sets search_path on every connection, as
 * DATABASE_URL would in production.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'hcc-test-'));
  const removeDir = async () => rmSync(dataDir, { recursive: true, force: true });
  if (testEngine === 'sqlite') return { dataDir, databaseUrl: undefined, drop: removeDir };
  const schema = await createPgSchema();
  return {
    dataDir,
    databaseUrl: schema.url,
    drop: async () => {
      await schema.drop();
      await removeDir();
    },
  };
}

/** A PostgreSQL schema of its own and the URL that puts every connection in it. */
export async function createPgSchema(): Promise<{ url: string; drop(): Promise<void> }> {
  const schema = `t_${randomBytes(6).toString('hex')}`;
  await withClient(TEST_PG_URL, (c) => c.query(`CREATE SCHEMA ${schema}`));
  const url = new URL(TEST_PG_URL);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return { url: url.href, drop: () => withClient(TEST_PG_URL, async (c) => void (await c.query(`DROP SCHEMA ${schema} CASCADE`))) };
}

/** Runs SQL on a test server's database behind the store's back, as someone holding the database would. */
export async function rawSql(config: Config, sql: string): Promise<void> {
  if (config.databaseUrl) return void (await withClient(config.databaseUrl, (c) => c.query(sql)));
  const db = await openSqlite(path.join(config.dataDir, 'hcc.sqlite'));
  try {
    db.exec(sql);
  } finally {
    db.close();
  }
}

/** Global setup of the `server-pg` project: without PostgreSQL the run fails, saying what it needs. */
export async function requirePostgres(who = 'The server-pg tests'): Promise<void> {
  const where = new URL(TEST_PG_URL);
  try {
    await withClient(TEST_PG_URL, (c) => c.query('SELECT 1'));
  } catch (err) {
    throw new Error(
      `${who} need PostgreSQL at ${where.hostname}:${where.port || 5432}, database ${where.pathname.slice(1)} (user ${where.username}), ` +
        `and could not connect: ${err instanceof Error ? err.message : String(err)}. Start it, set HCC_TEST_DATABASE_URL, or run --project server for SQLite only.`,
    );
  }
}

/** The environment for a command-line tool to open the same database as a test server. */
export const storeEnv = (config: Config): NodeJS.ProcessEnv => ({ ...process.env, DATA_DIR: config.dataDir, DATABASE_URL: config.databaseUrl });
