import path from 'node:path';
import { CompiledQuery, type DatabaseConnection, type Driver, Kysely, PostgresAdapter, PostgresDialect, type RawBuilder, sql, SqliteDialect, type TransactionSettings } from 'kysely';
import type { Pg } from './pg';
import type { Database } from './schema';
import type { Db } from './sqlite';

/**
 * One typed query builder over either engine, so a repository is written once. It wraps the handles
 * the store already opened (the SQLite file, the PostgreSQL pool) rather than opening its own, so
 * migrations, engine-specific paths (bulk ingest, the hash chain) and Kysely share one connection set.
 */
export type Kdb = Kysely<Database>;

export const sqliteKysely = (db: Db): Kdb => new Kysely<Database>({ dialect: new TurnTakingSqliteDialect(db) });

/** Hands out turns in order: `take` resolves when every earlier taker has released. */
function turns(): { take(): Promise<() => void> } {
  let tail = Promise.resolve();
  return {
    take: async () => {
      let release = () => {};
      const done = new Promise<void>((resolve) => (release = resolve));
      const before = tail;
      tail = tail.then(() => done);
      await before;
      return release;
    },
  };
}

/**
 * One queue of turns per SQLite file in this process. Kysely holds a transaction open across awaits,
 * which better-sqlite3's own transactions never did. A second handle on the same file in the same
 * process (two nodes in a test, a backup beside the server) would then wait for the file's lock inside
 * SQLite's busy handler, which blocks the very event loop the holder needs to finish: both stall, and
 * one fails "database is locked". So every handle on a file takes its turn here, in JavaScript. The map
 * only grows by one entry per file opened, and lives as long as the process (the file may be reopened).
 */
const fileTurns = new Map<string, ReturnType<typeof turns>>();

class TurnTakingSqliteDialect extends SqliteDialect {
  readonly #db: Db;
  constructor(db: Db) {
    super({ database: db });
    this.#db = db;
  }

  override createDriver(): Driver {
    const inner = super.createDriver();
    const file = this.#db.memory ? null : path.resolve(this.#db.name);
    const queue = (file && fileTurns.get(file)) || turns();
    if (file) fileTurns.set(file, queue);
    let release: (() => void) | null = null;
    return {
      init: () => inner.init(),
      acquireConnection: async () => {
        const done = await queue.take();
        const connection = await inner.acquireConnection();
        release = done;
        return connection;
      },
      // IMMEDIATE: every transaction of the repositories writes; taking the write lock at BEGIN means
      // a process beside this one (a CLI command) makes it wait in busy_timeout, never fail midway.
      beginTransaction: async (c: DatabaseConnection, _settings: TransactionSettings) => void (await c.executeQuery(CompiledQuery.raw('begin immediate'))),
      commitTransaction: (c) => inner.commitTransaction(c),
      rollbackTransaction: (c) => inner.rollbackTransaction(c),
      releaseConnection: async (c) => {
        await inner.releaseConnection(c);
        const done = release;
        release = null;
        done?.();
      },
      destroy: () => inner.destroy(),
    };
  }
}

export const pgKysely = (pool: Pg): Kdb => new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });

/**
 * Where the engines truly differ inside a repository written once: PostgreSQL has row locks (several
 * nodes write at once), SQLite has one writer per file, which already serialises the same work.
 */
export const isPostgres = (k: Kdb): boolean => k.getExecutor().adapter instanceof PostgresAdapter;

/**
 * Rows sent in one multi-row statement: SQLite binds at most 32,766 values and PostgreSQL 65,535, so a
 * catalogue or a publish's acks of thousands of rows go in chunks of this many.
 */
export const ROWS_PER_STATEMENT = 1000;

export function chunks<T>(list: readonly T[], size = ROWS_PER_STATEMENT): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

/** Writes `rows` one statement per chunk, in one transaction: all of them or none. */
export async function writeInChunks<T>(db: Kdb, rows: readonly T[], write: (tx: Kdb, part: T[]) => Promise<unknown>): Promise<void> {
  if (!rows.length) return;
  await db.transaction().execute(async (tx) => {
    for (const part of chunks(rows)) await write(tx, part);
  });
}

/** The rows a statement affected, as a number (Kysely gives a bigint). */
export const affected = (r: { numUpdatedRows?: bigint; numDeletedRows?: bigint; numInsertedOrUpdatedRows?: bigint | undefined }): number =>
  Number(r.numUpdatedRows ?? r.numDeletedRows ?? r.numInsertedOrUpdatedRows ?? 0n);

/**
 * SUM comes back from PostgreSQL as NUMERIC (a string in node-postgres); cast to BIGINT it is read as a
 * number (see db/pg.ts). SQLite's SUM is already an integer and takes the cast as a no-op.
 */
export const sumAsNumber = (column: string): RawBuilder<number> => sql<number>`CAST(SUM(${sql.ref(column)}) AS BIGINT)`;

/**
 * The engine-specific code of the SQLite store (bulk ingest, the hash chain, roll-ups) runs on the same
 * better-sqlite3 handle as Kysely. Kysely keeps a transaction open across awaits; raw statements run
 * meanwhile would join it (and be rolled back with it). So raw work waits for Kysely's one connection,
 * as its own queries do: every method of `repo` is run holding it.
 */
export function onKyselyConnection<R extends object>(k: Kdb, repo: R): R {
  return Object.fromEntries(
    Object.entries(repo).map(([name, fn]) => [name, typeof fn === 'function' ? (...args: unknown[]) => k.connection().execute(async () => (fn as (...a: unknown[]) => unknown)(...args)) : fn]),
  ) as R;
}
