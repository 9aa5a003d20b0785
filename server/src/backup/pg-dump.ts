import { execFile } from 'node:child_process';
import { rename, rm } from 'node:fs/promises';
import { promisify } from 'node:util';
import type { SnapshotFacts } from './manifest';

const run = promisify(execFile);
const MAX_OUTPUT = 16 * 1024 * 1024;

/**
 * Arguments for pg_dump and pg_restore: the URL without its password, which goes in the environment
 * (command lines are readable by every user through ps), and, when the URL sets a search_path (a
 * schema per centre or per test in one database), that schema alone rather than the whole database.
 */
function toolArgs(url: string): { dbname: string; schema: string[]; env: NodeJS.ProcessEnv } {
  const u = new URL(url);
  const password = decodeURIComponent(u.password);
  u.password = '';
  const schema = /search_path=([\w$]+)/.exec(u.searchParams.get('options') ?? '')?.[1];
  return { dbname: `--dbname=${u.toString()}`, schema: schema ? [`--schema=${schema}`] : [], env: password ? { ...process.env, PGPASSWORD: password } : process.env };
}

/** Whether PostgreSQL's client tools are installed; backups of a PostgreSQL store need them. */
export async function pgToolsInstalled(): Promise<boolean> {
  return run('pg_dump', ['--version']).then(
    () => true,
    () => false,
  );
}

/** node-postgres is loaded when a backup needs it: a server on SQLite never does (see db/pg.ts). */
async function clientOf(url: string) {
  const { default: pg } = await import('pg');
  return new pg.Client({ connectionString: url });
}

/**
 * pg_dump's custom format of the whole database, with the manifest's facts read in the very snapshot
 * pg_dump copies: a transaction exports its snapshot, pg_dump adopts it, and the counts cannot
 * drift from the dump while servers go on writing.
 */
export async function dumpPg(url: string, destFile: string): Promise<SnapshotFacts> {
  const tmp = `${destFile}.partial`;
  // Its own client, not the store's pool: a backup must not run the store's migrations.
  const client = await clientOf(url);
  await client.connect();
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY');
    const snapshot = (await client.query<{ id: string }>('SELECT pg_export_snapshot() AS id')).rows[0]?.id;
    if (!snapshot) throw new Error('PostgreSQL exported no snapshot');
    const head = (await client.query<{ seq: string; chain_hash: string | null }>('SELECT seq::text, chain_hash FROM impressions ORDER BY seq DESC LIMIT 1')).rows[0];
    const facts: SnapshotFacts = {
      schemaVersion: (await client.query<{ v: number }>('SELECT COALESCE(MAX(version), 0)::int AS v FROM schema_migrations')).rows[0]?.v ?? 0,
      impressions: {
        count: (await client.query<{ n: number }>('SELECT COUNT(*)::int AS n FROM impressions')).rows[0]?.n ?? 0,
        chainHead: head ? { seq: Number(head.seq), hash: head.chain_hash } : null,
      },
      mediaIds: (await client.query<{ id: string }>('SELECT id FROM media ORDER BY id')).rows.map((r) => r.id),
    };
    const { dbname, schema, env } = toolArgs(url);
    await run('pg_dump', ['--format=custom', `--snapshot=${snapshot}`, `--file=${tmp}`, ...schema, dbname], { env, maxBuffer: MAX_OUTPUT });
    await client.query('COMMIT');
    await rename(tmp, destFile);
    return facts;
  } finally {
    await client.end();
    await rm(tmp, { force: true });
  }
}

/**
 * Whether other sessions are on the database (a running server holds a pool of them) and whether it
 * already holds this system's tables, which a restore would replace.
 */
export async function pgState(url: string): Promise<{ inUse: boolean; hasData: boolean }> {
  const client = await clientOf(url);
  await client.connect();
  try {
    const r = await client.query<{ others: number; tables: boolean }>(
      "SELECT (SELECT COUNT(*)::int FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()) AS others, to_regclass('impressions') IS NOT NULL AS tables",
    );
    return { inUse: (r.rows[0]?.others ?? 0) > 0, hasData: r.rows[0]?.tables ?? false };
  } finally {
    await client.end();
  }
}

/** Replaces every table the dump holds, in one transaction: a failed restore leaves the database as it was. */
export async function restorePg(url: string, dumpFile: string): Promise<void> {
  const { dbname, env } = toolArgs(url);
  await run('pg_restore', ['--clean', '--if-exists', '--no-owner', '--single-transaction', '--exit-on-error', dbname, dumpFile], { env, maxBuffer: MAX_OUTPUT });
}
