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
 *
 * `migrated`: the caller is about to open a store on it, which migrates it anyway. In the server-pg
 * project that may then be a schema an earlier test of the run used and had its rows deleted (see
 * SchemaPool): migrating a fresh schema costs PostgreSQL 0.3–1 s of DDL a test, deleting the rows of
 * an unchanged one 10 ms. Tests of migrations themselves ask for a schema with nothing in it.
 */
export async function createTestDatabase(opts: { migrated?: boolean } = {}): Promise<TestDatabase> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'hcc-test-'));
  const removeDir = async () => rmSync(dataDir, { recursive: true, force: true });
  if (testEngine === 'sqlite') return { dataDir, databaseUrl: undefined, drop: removeDir };
  const pool = opts.migrated ? schemaPoolOfRun() : null;
  const schema = pool ? await withClient(TEST_PG_URL, (c) => claimSchema(c, pool)) : await createPgSchema();
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
  const schema = newSchemaName();
  await withClient(TEST_PG_URL, (c) => c.query(`CREATE SCHEMA ${schema}`));
  return { url: schemaUrl(schema), drop: () => dropSchema(schema) };
}

const newSchemaName = () => `t_${randomBytes(6).toString('hex')}`;

function schemaUrl(schema: string): string {
  const url = new URL(TEST_PG_URL);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return url.href;
}

const dropSchema = (schema: string) => withClient(TEST_PG_URL, async (c) => void (await c.query(`DROP SCHEMA ${schema} CASCADE`)));

/**
 * The server-pg run's migrated schemas that no test holds. The project's global setup migrates one, takes
 * its fingerprint (schemaFingerprint) and names the pool in the environment; the test processes inherit it.
 * A free schema is named `<prefix>_<hex>`; a test claims one by renaming it (of two processes renaming the
 * same one, one fails and tries the next) and gives it back with its rows deleted, in one transaction with
 * the rename back. Only a schema whose fingerprint is still the migrated one goes back: a test that dropped
 * a trigger, ran its own migrations or made a table leaves a schema that is dropped instead.
 */
interface SchemaPool {
  prefix: string;
  fingerprint: string;
}

const POOL_ENV = 'HCC_TEST_SCHEMA_POOL';

function schemaPoolOfRun(): SchemaPool | null {
  const [prefix, fingerprint] = (process.env[POOL_ENV] ?? '').split(':');
  return prefix && fingerprint ? { prefix, fingerprint } : null;
}

async function claimSchema(c: pg.Client, pool: SchemaPool): Promise<{ url: string; drop(): Promise<void> }> {
  const free = await c.query<{ name: string }>('SELECT nspname AS name FROM pg_namespace WHERE starts_with(nspname, $1) ORDER BY random() LIMIT 4', [`${pool.prefix}_`]);
  const schema = newSchemaName();
  let claimed = false;
  for (const { name } of free.rows) {
    // Fails when another process renamed it first: that one is taken, try the next.
    claimed = await c.query(`ALTER SCHEMA ${name} RENAME TO ${schema}`).then(
      () => true,
      () => false,
    );
    if (claimed) break;
  }
  // None free: a fresh schema, which the store the caller opens migrates, and which joins the pool after.
  if (!claimed) await c.query(`CREATE SCHEMA ${schema}`);
  return { url: schemaUrl(schema), drop: () => withClient(TEST_PG_URL, (client) => returnSchema(client, pool, schema)) };
}

async function returnSchema(c: pg.Client, pool: SchemaPool, schema: string): Promise<void> {
  const unchanged = (await schemaFingerprint(c, schema)) === pool.fingerprint;
  const tables = await c.query<{ name: string }>("SELECT tablename AS name FROM pg_tables WHERE schemaname = $1 AND tablename <> 'schema_migrations'", [schema]);
  const sequences = await c.query<{ name: string }>('SELECT sequencename AS name FROM pg_sequences WHERE schemaname = $1', [schema]);
  // The append-only triggers refuse DELETE; session_replication_role (a superuser's, this transaction only)
  // turns every trigger off for these statements, so the schema's own triggers stay as migrated.
  const reset = [
    'BEGIN',
    'SET LOCAL session_replication_role = replica',
    ...tables.rows.map((t) => `DELETE FROM ${schema}.${t.name}`),
    ...sequences.rows.map((q) => `ALTER SEQUENCE ${schema}.${q.name} RESTART`),
    `ALTER SCHEMA ${schema} RENAME TO ${pool.prefix}_${randomBytes(6).toString('hex')}`,
    'COMMIT',
  ];
  const reused =
    unchanged &&
    (await c.query(reset.join(';\n')).then(
      () => true,
      async () => void (await c.query('ROLLBACK')),
    ));
  if (!reused) await c.query(`DROP SCHEMA ${schema} CASCADE`);
}

/**
 * What makes a schema the migrated one, with its name taken out: tables and their columns, indexes,
 * constraints, triggers (enabled or not), functions, sequences and the migrations recorded. Rows are not part of it.
 */
async function schemaFingerprint(c: pg.Client, schema: string): Promise<string | null> {
  const hasBooks = (await c.query('SELECT 1 FROM pg_tables WHERE schemaname = $1 AND tablename = $2', [schema, 'schema_migrations'])).rowCount === 1;
  const books = hasBooks ? `UNION ALL SELECT 'migration ' || version::text || ' ' || name FROM ${schema}.schema_migrations` : '';
  const res = await c.query<{ fingerprint: string | null }>(
    `WITH n AS (SELECT oid FROM pg_namespace WHERE nspname = $1), facts(fact) AS (
      SELECT 'relation ' || c.relname || ' ' || c.relkind::text FROM pg_class c, n WHERE c.relnamespace = n.oid
      UNION ALL SELECT 'column ' || c.relname || ' ' || a.attnum || ' ' || a.attname || ' ' || format_type(a.atttypid, a.atttypmod) || ' ' || a.attnotnull::text
        || ' ' || a.attidentity::text || ' ' || a.attcollation::regcollation::text || ' ' || coalesce(pg_get_expr(d.adbin, d.adrelid), '')
        FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN n ON c.relnamespace = n.oid
        LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
        WHERE a.attnum > 0 AND NOT a.attisdropped AND c.relkind IN ('r', 'p', 'v', 'm')
      UNION ALL SELECT 'index ' || pg_get_indexdef(i.indexrelid) FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN n ON c.relnamespace = n.oid
      UNION ALL SELECT 'constraint ' || conname || ' ' || pg_get_constraintdef(k.oid) FROM pg_constraint k, n WHERE k.connamespace = n.oid
      UNION ALL SELECT 'trigger ' || t.tgenabled::text || ' ' || pg_get_triggerdef(t.oid) FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN n ON c.relnamespace = n.oid WHERE NOT t.tgisinternal
      UNION ALL SELECT 'function ' || pg_get_functiondef(p.oid) FROM pg_proc p, n WHERE p.pronamespace = n.oid
      ${books}
    ) SELECT md5(string_agg(replace(fact, $1 || '.', ''), E'\n' ORDER BY replace(fact, $1 || '.', ''))) AS fingerprint FROM facts`,
    [schema],
  );
  return res.rows[0]?.fingerprint ?? null;
}

/**
 * The server-pg project's global setup: one schema migrated as a store opening it would, its fingerprint,
 * and the pool's name in the environment of the test processes started after. The teardown drops the
 * run's free schemas (one a test still holds was left by a failure, as before).
 */
export async function startSchemaPool(migrate: (url: string) => Promise<void>): Promise<() => Promise<void>> {
  const prefix = `tp_${randomBytes(4).toString('hex')}`;
  const first = newSchemaName();
  await withClient(TEST_PG_URL, (c) => c.query(`CREATE SCHEMA ${first}`));
  const fingerprint = await migrate(schemaUrl(first))
    .then(() => withClient(TEST_PG_URL, (c) => schemaFingerprint(c, first)))
    .catch(async (err: unknown) => {
      await dropSchema(first);
      throw err;
    });
  if (!fingerprint) throw new Error(`migrating the test schema ${first} left nothing to fingerprint`);
  await withClient(TEST_PG_URL, (c) => c.query(`ALTER SCHEMA ${first} RENAME TO ${prefix}_${randomBytes(6).toString('hex')}`));
  process.env[POOL_ENV] = `${prefix}:${fingerprint}`;
  return async () => {
    await withClient(TEST_PG_URL, async (c) => {
      const free = await c.query<{ name: string }>('SELECT nspname AS name FROM pg_namespace WHERE starts_with(nspname, $1)', [`${prefix}_`]);
      for (const { name } of free.rows) await c.query(`DROP SCHEMA ${name} CASCADE`);
    });
  };
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
