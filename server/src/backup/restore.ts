import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { err, ok, type Result } from '@hcc/shared/result';
import type { BackupConfig } from './backup';
import { MANIFEST_FILE, type Manifest, ManifestSchema, sha256File, SQLITE_FILE } from './manifest';
import { copyMedia } from './media-copy';
import { pgState, pgToolsInstalled, restorePg } from './pg-dump';
import { placeSqlite, sqliteInUse } from './sqlite-copy';

export type RestoreError = 'no_manifest' | 'wrong_store' | 'damaged' | 'in_use' | 'has_data' | 'no_pg_tools';

/**
 * Brings a backup back into DATA_DIR (and the PostgreSQL database when DATABASE_URL is set). Nothing
 * is touched until the whole backup checks against its manifest. A server using the data is never
 * overwritten, `--force` or not; data left by a stopped server is replaced only with `force`. Media go
 * in before the database, so the restored database never names a file that is not there yet.
 */
export async function restoreBackup(config: BackupConfig, dir: string, opts: { force: boolean }): Promise<Result<Manifest, RestoreError>> {
  const manifestFile = path.join(dir, MANIFEST_FILE);
  if (!existsSync(manifestFile)) return err('no_manifest', `${dir} has no ${MANIFEST_FILE}: it is not a backup, or the backup did not finish.`);
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(manifestFile, 'utf8'));
  } catch {
    return err('no_manifest', `${manifestFile} is not JSON: the backup is damaged.`);
  }
  const parsed = ManifestSchema.safeParse(raw);
  if (!parsed.success) return err('no_manifest', `${manifestFile} is not a manifest this version can read: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  const manifest = parsed.data;
  const pgUrl = config.databaseUrl;
  if ((manifest.store === 'postgres') !== Boolean(pgUrl)) {
    return err(
      'wrong_store',
      manifest.store === 'postgres'
        ? 'This backup is of a PostgreSQL store: set DATABASE_URL to the database to restore into.'
        : 'This backup is of a SQLite store: unset DATABASE_URL to restore it into DATA_DIR.',
    );
  }
  if (pgUrl && !(await pgToolsInstalled())) return err('no_pg_tools', 'Restoring a PostgreSQL backup needs pg_restore: install the PostgreSQL client tools.');

  const damaged = await findDamage(dir, manifest);
  if (damaged.length) return err('damaged', `These files of the backup do not match its manifest, so nothing was restored: ${damaged.join(', ')}`);

  const liveFile = path.join(config.dataDir, SQLITE_FILE);
  const state = pgUrl ? await pgState(pgUrl) : { inUse: sqliteInUse(liveFile), hasData: existsSync(liveFile) };
  if (state.inUse)
    return err(
      'in_use',
      `${pgUrl ? 'Other sessions are connected to the database' : `${liveFile} is open in another process`}: stop the server first (a restore never overwrites a running server's data).`,
    );
  if (state.hasData && !opts.force) return err('has_data', `${pgUrl ? 'The database' : liveFile} already holds data: with the server stopped, run again with --force to replace it.`);

  await copyMedia(
    path.join(dir, 'media'),
    path.join(config.dataDir, 'media'),
    manifest.media.map((m) => m.sha256),
  );
  const dbFile = path.join(dir, manifest.database.file);
  if (pgUrl) await restorePg(pgUrl, dbFile);
  else await placeSqlite(dbFile, liveFile);
  return ok(manifest);
}

/** Files of the backup that are missing or whose hash is not the manifest's. */
async function findDamage(dir: string, manifest: Manifest): Promise<string[]> {
  const expected = [{ file: manifest.database.file, sha256: manifest.database.sha256 }, ...manifest.media.map((m) => ({ file: path.join('media', m.sha256), sha256: m.sha256 }))];
  const damaged: string[] = [];
  for (const e of expected) {
    const file = path.join(dir, e.file);
    if (!existsSync(file) || (await sha256File(file)) !== e.sha256) damaged.push(e.file);
  }
  return damaged;
}
