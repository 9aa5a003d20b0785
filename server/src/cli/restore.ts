import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { restoreBackup } from '../backup/restore';
import { loadConfig } from '../config/config';
import { LOG_KEY_FILE } from '../impressions/log-key';
import { runCli } from './run';

const USAGE = `Usage: npm run restore -- <backup dir> [--force]

Checks every file of the backup against its manifest, then brings the media and the database back
into DATA_DIR (or, with DATABASE_URL set, the PostgreSQL database, with pg_restore). It refuses while
a server has the data open; data left by a stopped server is replaced only with --force.`;

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { force: { type: 'boolean' }, help: { type: 'boolean' } } });
  const dir = positionals[0];
  if (values.help || !dir || positionals.length > 1) {
    console.log(USAGE);
    return values.help ? 0 : 2;
  }
  const config = loadConfig(process.env);
  const r = await restoreBackup(config, path.resolve(dir), { force: values.force ?? false });
  if (!r.ok) {
    console.error(r.detail);
    return 2;
  }
  const m = r.value;
  const keyFile = path.join(config.dataDir, LOG_KEY_FILE);
  if (!config.logHmacKey && !existsSync(keyFile))
    console.log(
      `Before starting the server, put the proof-of-play log's key back: copy ${LOG_KEY_FILE} from the old server's DATA_DIR to ${keyFile} (mode 0600), or set LOG_HMAC_KEY as it was. The backup does not hold it, and a server with another key refuses to start.`,
    );
  console.log(
    `Restored the backup of ${m.createdAt} into ${config.databaseUrl ? 'the PostgreSQL database at DATABASE_URL' : config.dataDir}: ${m.impressions.count} impressions, ${m.media.length} media files. Run \`npm run log:verify\` to check the log's chain.`,
  );
  return 0;
}

runCli(main);
