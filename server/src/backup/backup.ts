import { existsSync } from 'node:fs';
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { err, ok, type Result } from '@hcc/shared/result';
import type { Config } from '../config/config';
import { MANIFEST_FILE, type Manifest, PG_DUMP_FILE, sha256File, SQLITE_FILE } from './manifest';
import { copyMedia } from './media-copy';
import { dumpPg, pgToolsInstalled } from './pg-dump';
import { snapshotSqlite } from './sqlite-copy';

export type BackupConfig = Pick<Config, 'dataDir' | 'databaseUrl'>;

/** The default home of backups: one directory per backup, named by its UTC time (no colons, for every file system). */
export const defaultBackupDir = (now: Date) => path.resolve('backups', now.toISOString().replace(/:/g, '-'));

/**
 * An online backup into `dir`: the database as it stood at one instant, then the media files that
 * snapshot refers to, then the manifest. A file is uploaded before its record is written, so every
 * record in the snapshot has its file; files uploaded later belong to a later backup. The manifest
 * goes last, under a temporary name first: a directory without one is an unfinished backup.
 */
export async function takeBackup(config: BackupConfig, dir: string, now: Date): Promise<Result<Manifest, 'no_pg_tools' | 'no_database'>> {
  const pgUrl = config.databaseUrl;
  if (pgUrl && !(await pgToolsInstalled()))
    return err('no_pg_tools', 'DATABASE_URL names PostgreSQL, whose backups are taken with pg_dump; install the PostgreSQL client tools (pg_dump, pg_restore) and run it again.');
  const liveFile = path.join(config.dataDir, SQLITE_FILE);
  if (!pgUrl && !existsSync(liveFile)) return err('no_database', `There is no database at ${liveFile}: check DATA_DIR.`);

  await mkdir(dir, { recursive: true });
  // Backing up into an older backup's directory (media already there are kept): unfinished until the end.
  await rm(path.join(dir, MANIFEST_FILE), { force: true });
  const dbFile = path.join(dir, pgUrl ? PG_DUMP_FILE : SQLITE_FILE);
  const facts = pgUrl ? await dumpPg(pgUrl, dbFile) : await snapshotSqlite(liveFile, dbFile);
  const media = await copyMedia(path.join(config.dataDir, 'media'), path.join(dir, 'media'), facts.mediaIds);
  const manifest: Manifest = {
    format: 1,
    createdAt: now.toISOString(),
    store: pgUrl ? 'postgres' : 'sqlite',
    database: { file: pgUrl ? PG_DUMP_FILE : SQLITE_FILE, sha256: await sha256File(dbFile), bytes: (await stat(dbFile)).size, schemaVersion: facts.schemaVersion },
    impressions: facts.impressions,
    media: media.files,
    missingMedia: media.missing,
    damagedMedia: media.damaged,
  };
  const tmp = path.join(dir, `${MANIFEST_FILE}.partial`);
  await writeFile(tmp, `${JSON.stringify(manifest, null, 2)}\n`);
  await rename(tmp, path.join(dir, MANIFEST_FILE));
  return ok(manifest);
}
