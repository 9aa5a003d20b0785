import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pino from 'pino';
import type { CatalogueImportReport } from '@hcc/shared/schemas/catalogue-import';
import { importCatalogue } from '../catalogue/import';
import { loadConfig } from '../config/config';
import { runCli } from './run';
import { AppError } from '../http/errors';
import { openStore } from '../store/open';

const USAGE = `Usage: npm run catalogue:import -- <file.jsonl|file.xlsx>... [--centre <id>] [--dry-run] [--replace]

  --centre <id>  select for this centre the procedures of its level (commune: cấp xã, province: cấp tỉnh)
  --dry-run      show what would be added, changed and removed; change nothing
  --replace      remove procedures the files do not have (those a playlist shows are kept)

Writes to the database: PostgreSQL at DATABASE_URL if set, else SQLite in DATA_DIR. A running server picks the change up on its next start; to update
kiosks live, import from the console instead.`;

function print(r: CatalogueImportReport): void {
  const verb = r.applied ? 'Imported' : 'Would import (dry run)';
  console.log(`${verb}: ${r.added} added, ${r.changed} changed, ${r.unchanged} unchanged, ${r.removed} removed.`);
  if (r.samples.added.length) console.log(`  added: ${r.samples.added.join(', ')}${r.added > r.samples.added.length ? ', …' : ''}`);
  if (r.samples.changed.length) console.log(`  changed: ${r.samples.changed.join(', ')}${r.changed > r.samples.changed.length ? ', …' : ''}`);
  if (r.samples.removed.length) console.log(`  removed: ${r.samples.removed.join(', ')}${r.removed > r.samples.removed.length ? ', …' : ''}`);
  if (r.centreSelection !== null) console.log(`  centre selection: ${r.centreSelection} procedures`);
  if (r.flagged.length) {
    console.log(`Flagged (${r.flagged.length}):`);
    for (const f of r.flagged) console.log(`  ${f.code}: ${f.reason}`);
  }
  if (r.rejected.length) {
    console.log(`Rejected rows (${r.rejected.length}), the rest imported:`);
    for (const x of r.rejected) console.log(`  ${x.file}:${x.line}: ${x.reason}`);
  }
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { centre: { type: 'string' }, 'dry-run': { type: 'boolean' }, replace: { type: 'boolean' }, help: { type: 'boolean' } },
  });
  if (values.help || !positionals.length) {
    console.log(USAGE);
    return values.help ? 0 : 2;
  }
  const config = loadConfig(process.env);
  const store = await openStore(config);
  try {
    const files = await Promise.all(positionals.map(async (f) => ({ name: path.basename(f), data: await readFile(f) })));
    const report = await importCatalogue({ config, store, clock: () => new Date(), log: pino({ level: 'silent' }) }, files, {
      apply: !values['dry-run'],
      replace: values.replace ?? false,
      centreId: values.centre,
      // The operator at the server's shell keeps the catalogue every centre shares.
      mayChangeShared: true,
      actor: 'cli',
    });
    print(report);
    return 0;
  } finally {
    await store.close();
  }
}

runCli(main, {
  explain: (err) => (err instanceof AppError ? err.message : (err as NodeJS.ErrnoException).code === 'ENOENT' ? `No such file: ${(err as NodeJS.ErrnoException).path}` : null),
});
