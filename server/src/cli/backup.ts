import path from 'node:path';
import { parseArgs } from 'node:util';
import { defaultBackupDir, takeBackup } from '../backup/backup';
import { loadConfig } from '../config/config';
import { LOG_KEY_FILE } from '../impressions/log-key';
import { runCli } from './run';

const USAGE = `Usage: npm run backup [-- --to <dir>]

Takes a consistent copy of the database and the media while the server runs, into <dir>
(default ./backups/<UTC time>/), with manifest.json last. SQLite in DATA_DIR is copied with SQLite's
backup API; with DATABASE_URL set, PostgreSQL is dumped with pg_dump (which must be installed).
Media already in <dir> with the right hash are not copied again.`;

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { to: { type: 'string' }, help: { type: 'boolean' } } });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const config = loadConfig(process.env);
  const now = new Date();
  const dir = values.to ? path.resolve(values.to) : defaultBackupDir(now);
  const r = await takeBackup(config, dir, now);
  if (!r.ok) {
    console.error(r.detail);
    return 2;
  }
  const m = r.value;
  const bytes = m.media.reduce((n, f) => n + f.bytes, m.database.bytes);
  console.log(
    `Backup written to ${dir}: ${m.store} schema ${m.database.schemaVersion}, ${m.impressions.count} impressions (chain head ${m.impressions.chainHead?.seq ?? '—'}), ${m.media.length} media files, ${(bytes / 2 ** 20).toFixed(1)} MiB.`,
  );
  // Told, not fatal: the rest of the backup is good, and the operator should know what it lacks.
  // The log's key is deliberately not in the backup: with it beside the database, the chain could be recomputed.
  console.log(
    `The proof-of-play log's key is not in the backup: keep ${config.logHmacKey ? 'the LOG_HMAC_KEY value' : path.join(config.dataDir, LOG_KEY_FILE)} safe, apart from it. A restored database starts only with that key.`,
  );
  if (m.missingMedia.length) console.warn(`Not in the backup, deleted while it ran: ${m.missingMedia.join(', ')}`);
  if (m.damagedMedia.length) console.warn(`Not in the backup, damaged on the server's disk (bytes do not match the name): ${m.damagedMedia.join(', ')}`);
  return 0;
}

runCli(main);
