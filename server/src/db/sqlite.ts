import Database from 'better-sqlite3';
import { sqliteKysely } from './kysely';
import { type Migration, migrationSteps } from './migrate';
import { WRITTEN_ONCE } from './migrations/registry';

export type Db = Database.Database;

/** Open (or create) the database and bring its schema up to date (see migrateSqlite). */
export async function openSqlite(file: string): Promise<Db> {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  // NORMAL under WAL is durable against process crashes; only an OS crash can lose the last commits.
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  try {
    await migrateSqlite(db);
  } catch (err) {
    db.close();
    throw err;
  }
  return db;
}

/**
 * Runs the migrations not yet applied (db/migrate.ts), each in a transaction that also sets PRAGMA
 * user_version, the highest version applied. It takes the file's turn (db/kysely.ts): a second handle
 * on the same file in this process (two nodes in a test) migrates after this one, then finds nothing
 * left to do, instead of both waiting on the file's lock inside one event loop.
 */
export async function migrateSqlite(db: Db, writtenOnce: readonly Migration[] = WRITTEN_ONCE): Promise<void> {
  const steps = migrationSteps('sqlite', writtenOnce);
  await sqliteKysely(db)
    .connection()
    .execute(async (k) => {
      const current = db.pragma('user_version', { simple: true }) as number;
      for (const step of steps.filter((s) => s.version > current)) {
        // Raw statements on the handle join Kysely's transaction, which is the handle's own.
        await k.transaction().execute(async (tx) => {
          await step.run(tx, 'sqlite', async (text) => db.exec(text));
          db.pragma(`user_version = ${step.version}`);
        });
      }
    });
}
