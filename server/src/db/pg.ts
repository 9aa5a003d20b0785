import { readdirSync, readFileSync } from 'node:fs';
import pg from 'pg';

export type Pg = pg.Pool;
export type PgClient = pg.PoolClient;

const MIGRATIONS_DIR = new URL('./migrations/pg/', import.meta.url);
const INT8_OID = 20;

/**
 * Keys of the advisory locks every node agrees on. They are database-wide, so they also serialise
 * nodes that share the database; the values only need to differ from each other.
 */
export const PG_LOCKS = { migrate: 7_311_001, impressionChain: 7_311_002 } as const;

/**
 * COUNT and SUM come back as int8, which node-postgres hands over as strings to be safe past 2^53.
 * Counts of rows never get there, and the repos share their row mappers with SQLite, which gives
 * numbers: so int8 is read as a number here, for this pool only.
 */
function parseInt8(text: string): number {
  const n = Number(text);
  if (!Number.isSafeInteger(n)) throw new Error(`int8 value ${text} does not fit a JavaScript number`);
  return n;
}

/**
 * Open a pool on `url` and bring the schema up to date. Several nodes may start at once against one
 * database: an advisory lock lets one migrate while the others wait, then find nothing left to do.
 */
export async function openPg(url: string): Promise<Pg> {
  const types = new pg.TypeOverrides();
  types.setTypeParser(INT8_OID, parseInt8);
  const pool = new pg.Pool({ connectionString: url, types });
  // An idle client losing its connection (a restarted server) must not crash the process; the pool
  // drops that client and the next query opens a fresh one.
  pool.on('error', () => undefined);
  try {
    await migrate(pool);
  } catch (err) {
    await pool.end();
    throw err;
  }
  return pool;
}

async function migrate(pool: Pg): Promise<void> {
  const files = readdirSync(MIGRATIONS_DIR)
    .filter((f) => /^\d{3}_.+\.sql$/.test(f))
    .sort();
  // The lock belongs to this client's session; the migrations themselves run on other clients.
  const holder = await pool.connect();
  try {
    await holder.query('SELECT pg_advisory_lock($1)', [PG_LOCKS.migrate]);
    await pool.query('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
    const applied = new Set((await pool.query<{ version: number }>('SELECT version FROM schema_migrations')).rows.map((r) => r.version));
    for (const file of files) {
      const version = Number(file.slice(0, 3));
      if (applied.has(version)) continue;
      const sql = readFileSync(new URL(file, MIGRATIONS_DIR), 'utf8');
      await transaction(pool, async (client) => {
        await client.query(sql);
        await client.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)', [version, file, new Date().toISOString()]);
      });
    }
  } finally {
    // Ending the session would release the lock too, so a failed unlock only costs the connection.
    await holder.query('SELECT pg_advisory_unlock($1)', [PG_LOCKS.migrate]).then(
      () => holder.release(),
      (err: Error) => holder.release(err),
    );
  }
}

/** Run `work` between BEGIN and COMMIT on a client of its own; any throw rolls the whole of it back. */
export async function transaction<T>(pool: Pg, work: (client: PgClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  let unusable: Error | undefined;
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (err) {
    // If even ROLLBACK fails the connection is in an unknown state: release(error) makes the pool close it.
    unusable = await client.query('ROLLBACK').then(
      () => undefined,
      (e: Error) => e,
    );
    throw err;
  } finally {
    client.release(unusable);
  }
}

type Queryable = Pg | PgClient;

/** Every row, as better-sqlite3's .all() gives them. */
export async function allRows<R extends pg.QueryResultRow>(db: Queryable, sql: string, params: unknown[] = []): Promise<R[]> {
  return (await db.query<R>(sql, params)).rows;
}

/** The first row or null, as better-sqlite3's .get() gives it (undefined there). */
export async function firstRow<R extends pg.QueryResultRow>(db: Queryable, sql: string, params: unknown[] = []): Promise<R | null> {
  return (await db.query<R>(sql, params)).rows[0] ?? null;
}

/** How many rows a statement inserted, changed or deleted, as better-sqlite3's .run().changes. */
export async function changes(db: Queryable, sql: string, params: unknown[] = []): Promise<number> {
  return (await db.query(sql, params)).rowCount ?? 0;
}
