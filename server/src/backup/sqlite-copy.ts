import { existsSync } from 'node:fs';
import { copyFile, rename, rm } from 'node:fs/promises';
import Database from 'better-sqlite3';
import type { SnapshotFacts } from './manifest';

/** The most pages better-sqlite3 lets one backup step copy: in practice, all of them. */
const ALL_PAGES = 0x7fffffff;

/**
 * A consistent copy of the live database, taken while the server goes on writing. SQLite's backup API
 * starts over whenever another process writes between two of its steps, so under steady ingest
 * small steps might never finish; one step copies every page inside a single read transaction
 * instead. WAL lets the server keep writing meanwhile, and the copy is the database at one instant.
 */
export async function snapshotSqlite(liveFile: string, destFile: string): Promise<SnapshotFacts> {
  const tmp = `${destFile}.partial`;
  await rm(tmp, { force: true });
  // Read-only: the backup never migrates, checkpoints or otherwise touches the server's file.
  const live = new Database(liveFile, { readonly: true, fileMustExist: true, timeout: 5_000 });
  try {
    await live.backup(tmp, { progress: () => ALL_PAGES });
  } finally {
    live.close();
  }
  const copy = new Database(tmp);
  try {
    // A file that stands alone, with no -wal beside it, so its hash is the whole story.
    copy.pragma('journal_mode = DELETE');
    const facts = readFacts(copy);
    copy.close();
    await rename(tmp, destFile);
    return facts;
  } finally {
    if (copy.open) copy.close();
    await rm(tmp, { force: true });
  }
}

function readFacts(db: Database.Database): SnapshotFacts {
  const head = db.prepare<[], { seq: number; chain_hash: string | null }>('SELECT seq, chain_hash FROM impressions ORDER BY seq DESC LIMIT 1').get();
  return {
    schemaVersion: db.pragma('user_version', { simple: true }) as number,
    impressions: {
      count: db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM impressions').get()?.n ?? 0,
      chainHead: head ? { seq: head.seq, hash: head.chain_hash } : null,
    },
    mediaIds: db
      .prepare<[], { id: string }>('SELECT id FROM media ORDER BY id')
      .all()
      .map((r) => r.id),
  };
}

/**
 * Whether another process has the database open: a running server keeps it open from start to stop.
 * Taking SQLite's exclusive lock fails while any other connection holds the file, which a pid file
 * left behind by a crashed server could not tell.
 */
export function sqliteInUse(file: string): boolean {
  if (!existsSync(file)) return false;
  const db = new Database(file, { fileMustExist: true, timeout: 0 });
  try {
    db.pragma('locking_mode = EXCLUSIVE');
    db.exec('BEGIN EXCLUSIVE; COMMIT');
    return false;
  } catch (err) {
    if (err instanceof Database.SqliteError && err.code === 'SQLITE_BUSY') return true;
    throw err;
  } finally {
    db.close();
  }
}

/** Puts a checked copy in place of the database file; the server must be stopped (see sqliteInUse). */
export async function placeSqlite(copy: string, liveFile: string): Promise<void> {
  const tmp = `${liveFile}.restoring`;
  await copyFile(copy, tmp);
  // The old database's write-ahead log would otherwise be replayed into the restored one.
  await rm(`${liveFile}-wal`, { force: true });
  await rm(`${liveFile}-shm`, { force: true });
  await rename(tmp, liveFile);
}
