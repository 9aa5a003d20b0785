import { sql } from 'kysely';
import type pg from 'pg';
import { pgKysely } from './kysely';
import { type Migration, migrationSteps } from './migrate';
import { WRITTEN_ONCE } from './migrations/registry';

export type Pg = pg.Pool;
export type PgClient = pg.PoolClient;

const INT8_OID = 20;

/**
 * Keys of the advisory locks every node agrees on. They are database-wide, so they also serialise
 * nodes that share the database; the values only need to differ from each other.
 */
export const PG_LOCKS = { migrate: 7_311_001, impressionChain: 7_311_002, bootstrap: 7_311_003 } as const;

/**
 * Every wait on the database is bounded, so one stuck node cannot stall the others. The case that
 * shaped these: a node frozen (SIGSTOP, a VM paused) in the middle of an ingest transaction holds the
 * chain's lock with nothing to end it. `idle_in_transaction_session_timeout` has PostgreSQL end such a
 * session (rolling it back and freeing its locks); `lock_timeout` makes the others give up waiting
 * meanwhile rather than pile up; and the pool's own queue gives up too (`connectionTimeoutMillis`).
 */
interface PoolLimits {
  max: number;
  lockTimeoutMs: number;
  /** 0: none. Staff work includes catalogue imports and year-long reports, which may be slow but are not stuck. */
  statementTimeoutMs: number;
  idleInTransactionMs: number;
  connectWaitMs: number;
}

/** Staff requests, jobs, reads: what must stay up while ingest is in trouble. */
const MAIN_LIMITS: PoolLimits = { max: 10, lockTimeoutMs: 15_000, statementTimeoutMs: 0, idleInTransactionMs: 15_000, connectWaitMs: 10_000 };
/**
 * Devices' proof of play, in a pool of its own: batches queued behind the chain's lock fill this pool,
 * never the one sign-in and publish use. Short bounds: a batch not taken in time is answered "busy",
 * the device keeps it and sends it again (ids make the resend harmless).
 */
const INGEST_LIMITS: PoolLimits = { max: 4, lockTimeoutMs: 5_000, statementTimeoutMs: 15_000, idleInTransactionMs: 5_000, connectWaitMs: 5_000 };

/** The store's pools over one database; see PoolLimits. */
export interface PgPools {
  main: Pg;
  ingest: Pg;
}

/** SQLSTATEs and the pool's message for "gave up waiting": the work was not done and may be tried again. */
const TIMEOUT_CODES = new Set(['55P03' /* lock_not_available */, '57014' /* query_canceled: statement_timeout */, '25P03' /* idle_in_transaction_session_timeout */]);

/** Whether `err` is the database giving up a bounded wait (nothing was written; trying again is safe). */
export function isPgTimeout(err: unknown): boolean {
  const e = err as { code?: unknown; message?: unknown } | null;
  if (typeof e?.code === 'string' && TIMEOUT_CODES.has(e.code)) return true;
  return typeof e?.message === 'string' && /timeout exceeded when trying to connect|Connection terminated due to connection timeout/.test(e.message);
}

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

/** The type parsers of every connection of the store: int8 as a number (parseInt8). */
export function storeTypes(driver: typeof pg): pg.CustomTypesConfig {
  const types = new driver.TypeOverrides();
  types.setTypeParser(INT8_OID, parseInt8);
  return types;
}

function openPool(driver: typeof pg, url: string, name: string, limits: PoolLimits): Pg {
  const types = storeTypes(driver);
  const pool = new driver.Pool({
    connectionString: url,
    types,
    max: limits.max,
    connectionTimeoutMillis: limits.connectWaitMs,
    lock_timeout: limits.lockTimeoutMs,
    idle_in_transaction_session_timeout: limits.idleInTransactionMs,
    ...(limits.statementTimeoutMs ? { statement_timeout: limits.statementTimeoutMs } : {}),
    // Names the pool in pg_stat_activity, where an operator looks for what holds a lock.
    application_name: `hcc-${name}`,
  });
  // An idle client losing its connection (a restarted server) must not crash the process; the pool
  // drops that client and the next query opens a fresh one.
  pool.on('error', () => undefined);
  return pool;
}

/**
 * Open the pools on `url` and bring the schema up to date. Several nodes may start at once against one
 * database: an advisory lock lets one migrate while the others wait, then find nothing left to do.
 */
export async function openPg(url: string): Promise<PgPools> {
  // Loaded here, not at the top: a server on SQLite never needs node-postgres (about 15 MB resident once loaded).
  const { default: driver } = await import('pg');
  const pools = { main: openPool(driver, url, 'main', MAIN_LIMITS), ingest: openPool(driver, url, 'ingest', INGEST_LIMITS) };
  try {
    await migratePg(pools.main);
  } catch (err) {
    await Promise.all([pools.main.end(), pools.ingest.end()]);
    throw explainOpenFailure(url, err);
  }
  return pools;
}

/** Node's codes for a server that cannot be reached, and PostgreSQL's for a refused login or database. */
const UNREACHABLE = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'EHOSTUNREACH', '28000', '28P01', '3D000']);

/**
 * node-postgres' own messages name neither DATABASE_URL nor, when search_path names a schema that does
 * not exist, the schema ("no schema has been selected to create in"): the operator is told which
 * setting to look at. The URL itself is not repeated, as it may hold a password.
 */
function explainOpenFailure(url: string, err: unknown): unknown {
  const code = (err as { code?: unknown } | null)?.code;
  const where = new URL(url);
  const at = `PostgreSQL at ${where.hostname}:${where.port || 5432}, database ${decodeURIComponent(where.pathname.slice(1)) || '(default)'} (DATABASE_URL)`;
  if (code === '3F000') {
    const schema = /search_path\s*=\s*([^\s,]+)/.exec(where.searchParams.get('options') ?? '')?.[1];
    const name = schema ?? '<name>';
    return new Error(`${at}: the schema ${name} that search_path names does not exist. Create it (CREATE SCHEMA ${name};) or correct the URL.`, { cause: err });
  }
  if (typeof code === 'string' && UNREACHABLE.has(code)) return new Error(`${at} cannot be used: ${err instanceof Error ? err.message : String(err)}.`, { cause: err });
  return err;
}

/** Long enough for another node's migrations or first seeding (a national catalogue) to finish. */
const STARTUP_WAIT = '10min';

/**
 * Run `work` while holding the session-level advisory lock `key`, on a client kept aside for it; the
 * work itself uses the pool. What starting nodes do once (migrate, create the admin, seed the demo)
 * goes through here, so two nodes started at the same instant take turns instead of colliding.
 */
export async function withSessionLock<T>(pool: Pg, key: number, work: () => Promise<T>): Promise<T> {
  const holder = await pool.connect();
  // As in transaction(): a dropped connection must not be an unhandled 'error' event.
  holder.on('error', () => undefined);
  try {
    await holder.query(`SET lock_timeout = '${STARTUP_WAIT}'`);
    await holder.query('SELECT pg_advisory_lock($1)', [key]);
  } catch (err) {
    holder.release(err instanceof Error ? err : new Error(String(err)));
    throw err;
  }
  try {
    return await work();
  } finally {
    // Ending the session would release the lock too, so a failed unlock only costs the connection.
    await holder.query('SELECT pg_advisory_unlock($1)', [key]).then(
      () => holder.release(true),
      (err: Error) => holder.release(err),
    );
  }
}

/**
 * Runs the migrations not yet applied (db/migrate.ts), under the advisory lock: nodes starting together
 * take turns, and the later ones find nothing left to do. Each migration is a transaction of its own
 * with its row in schema_migrations, so a failed one leaves neither its changes nor its row.
 */
export async function migratePg(pool: Pg, writtenOnce: readonly Migration[] = WRITTEN_ONCE): Promise<void> {
  const steps = migrationSteps('postgres', writtenOnce);
  await withSessionLock(pool, PG_LOCKS.migrate, async () => {
    await pool.query('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
    const applied = new Set((await pool.query<{ version: number }>('SELECT version FROM schema_migrations')).rows.map((r) => r.version));
    const k = pgKysely(pool);
    for (const step of steps.filter((s) => !applied.has(s.version))) {
      await k.transaction().execute(async (tx) => {
        // A schema change waits for other nodes' running queries on its tables; give it the time.
        await sql.raw(`SET LOCAL lock_timeout = '${STARTUP_WAIT}'`).execute(tx);
        // A frozen file holds several statements: sent with no parameters, it goes as one simple query, which may.
        await step.run(tx, 'postgres', (text) => sql.raw(text).execute(tx));
        await sql`INSERT INTO schema_migrations (version, name, applied_at) VALUES (${step.version}, ${step.name}, ${new Date().toISOString()})`.execute(tx);
      });
    }
  });
}

/** Run `work` between BEGIN and COMMIT on a client of its own; any throw rolls the whole of it back. */
export async function transaction<T>(pool: Pg, work: (client: PgClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  let unusable: Error | undefined;
  const dropped = (err: Error) => void (unusable = err);
  // A checked-out client has no error listener of the pool's: a connection PostgreSQL ends under it
  // (idle_in_transaction_session_timeout after this process was frozen) would be an unhandled 'error'
  // event and end the process. The query in flight fails with it anyway; the client is discarded.
  client.on('error', dropped);
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
    client.off('error', dropped);
    client.release(unusable);
  }
}

// ClientBase: a pool's client, or a connection of its own (a chain walk's worker thread).
export type Queryable = Pg | pg.ClientBase;

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
