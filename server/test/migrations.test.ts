import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Migration, type MigrationDb, migrationSteps } from '../src/db/migrate';
import { WRITTEN_ONCE } from '../src/db/migrations/registry';
import { migratePg, openPg } from '../src/db/pg';
import { migrateSqlite } from '../src/db/sqlite';
import { openStore } from '../src/store/open';
import { createTestDatabase, TEST_PG_URL, type TestDatabase, testEngine } from './test-database';

// How the schema moves forward on the engine under test: from nothing, and from the database the release
// before this one left (SQL migrations 001-019 only), with several nodes starting at once.
const MIGRATIONS = new URL('../src/db/migrations/', import.meta.url);
const engine = testEngine === 'pg' ? 'postgres' : 'sqlite';
const LAST = migrationSteps(engine).at(-1)?.version ?? 0;
/** The books once every migration has run. */
const EVERY_VERSION = { highest: LAST, named: testEngine === 'sqlite' ? 1 : LAST };

let db: TestDatabase;
beforeEach(async () => {
  db = await createTestDatabase();
});
afterEach(async () => {
  await db.drop();
});

const sqliteFile = () => path.join(db.dataDir, 'hcc.sqlite');

/** Rows of a query on the test database, read behind the runner's back (no migration, no store). */
async function rows<R>(query: string): Promise<R[]> {
  if (testEngine === 'sqlite') {
    const h = new Database(sqliteFile());
    try {
      return h.prepare<[], R>(query).all();
    } finally {
      h.close();
    }
  }
  const c = new pg.Client({ connectionString: db.databaseUrl });
  await c.connect();
  try {
    return (await c.query(query)).rows as R[];
  } finally {
    await c.end();
  }
}

/** The highest version the engine's books record, and how many versions they name (SQLite keeps only the highest). */
async function books(): Promise<{ highest: number; named: number }> {
  if (testEngine === 'sqlite') {
    const [r] = await rows<{ user_version: number }>('PRAGMA user_version');
    return { highest: r?.user_version ?? 0, named: r?.user_version ? 1 : 0 };
  }
  const [r] = await rows<{ highest: number; named: number }>('SELECT MAX(version) AS highest, COUNT(*)::int AS named FROM schema_migrations');
  return { highest: r?.highest ?? 0, named: r?.named ?? 0 };
}

const hasTable = async (name: string) =>
  (testEngine === 'sqlite'
    ? await rows(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '${name}'`)
    : await rows(`SELECT 1 FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = '${name}'`)
  ).length === 1;

/** Runs the runner once with `writtenOnce` as the migrations written once, as a starting node would. */
async function migrate(writtenOnce: readonly Migration[]): Promise<void> {
  if (testEngine === 'sqlite') {
    const h = new Database(sqliteFile());
    try {
      return await migrateSqlite(h, writtenOnce);
    } finally {
      h.close();
    }
  }
  const pool = new pg.Pool({ connectionString: db.databaseUrl });
  try {
    return await migratePg(pool, writtenOnce);
  } finally {
    await pool.end();
  }
}

/**
 * The database a node of the previous release left: the SQL files of 001-019 applied with that
 * release's books (SQLite: user_version; PostgreSQL: its schema_migrations table, one row per file),
 * and survey answers in it (a kiosk's and a phone's). Written from the files, not through the runner under test.
 */
async function databaseOfPreviousRelease(): Promise<void> {
  const dir = new URL(testEngine === 'sqlite' ? 'sqlite/' : 'pg/', MIGRATIONS);
  const files = readdirSync(dir)
    .filter((f) => /^0(0\d|1\d)_.+\.sql$/.test(f))
    .sort();
  expect(files).toHaveLength(19);
  const answer = `INSERT INTO centres (id, kind, name) VALUES ('lt', 'commune', 'Xã Long Thành');
    INSERT INTO survey_responses (id, centre_id, form_id, form_version, answers_json, context_json, comment, submitted_at, received_at, source_hash)
    VALUES ('r1', 'lt', 'f', 1, '{}', '{}', '', '2026-03-02T01:00:00.000Z', '2026-03-02T01:00:01.000Z', 'h'),
      ('r2', 'lt', 'f', 1, '{}', '{"channel":"phone"}', '', '2026-03-02T01:00:00.000Z', '2026-03-02T01:00:02.000Z', 'phone:p1');`;
  if (testEngine === 'sqlite') {
    const h = new Database(sqliteFile());
    for (const f of files) h.exec(readFileSync(new URL(f, dir), 'utf8'));
    h.exec(answer);
    h.pragma('user_version = 19');
    h.close();
    return;
  }
  const c = new pg.Client({ connectionString: db.databaseUrl });
  await c.connect();
  await c.query('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
  for (const f of files) {
    await c.query(readFileSync(new URL(f, dir), 'utf8'));
    await c.query('INSERT INTO schema_migrations VALUES ($1, $2, $3)', [Number(f.slice(0, 3)), f, '2026-01-01T00:00:00.000Z']);
  }
  await c.query(answer);
  await c.end();
}

/** Whether the report's read of survey answers (everything received since a time, in order) walks an index. */
async function surveyReadPlan(): Promise<string> {
  const query = `SELECT * FROM survey_responses WHERE received_at >= '2026-01-01' ORDER BY received_at`;
  if (testEngine === 'sqlite') return (await rows<{ detail: string }>(`EXPLAIN QUERY PLAN ${query}`)).map((r) => r.detail).join('; ');
  // A test table is tiny and PostgreSQL would scan it whole; the question is whether an index could serve.
  const c = new pg.Client({ connectionString: db.databaseUrl });
  await c.connect();
  try {
    await c.query('SET enable_seqscan = off');
    return (await c.query<{ 'QUERY PLAN': string }>(`EXPLAIN ${query}`)).rows.map((r) => r['QUERY PLAN']).join('; ');
  } finally {
    await c.end();
  }
}

describe('the migrations', () => {
  it('are numbered on from the frozen SQL, each written once, and this list is the folder', () => {
    expect(migrationSteps('sqlite').map((s) => s.name)).toEqual(migrationSteps('postgres').map((s) => s.name));
    const modules = readdirSync(MIGRATIONS)
      .filter((f) => /^\d{3}_.+\.ts$/.test(f))
      .map((f) => f.replace(/\.ts$/, ''));
    expect(WRITTEN_ONCE.map((m) => m.file)).toEqual(modules.sort());
    const noop = async () => undefined;
    expect(() => migrationSteps(engine, [{ file: '019_again', up: noop }])).toThrow(/out of order/);
    expect(() => migrationSteps(engine, [...WRITTEN_ONCE, ...WRITTEN_ONCE])).toThrow(/out of order/);
  });

  it('bring a fresh database to the last version, and the report reads survey answers through an index', async () => {
    expect(LAST).toBeGreaterThanOrEqual(20);
    await (await openStore(db)).close();
    expect(await books()).toEqual(EVERY_VERSION);
    expect(await surveyReadPlan()).toMatch(/survey_responses_received/);
  });

  it('upgrade the database of the previous release (019) to the last version, keeping its data', async () => {
    await databaseOfPreviousRelease();
    expect(await surveyReadPlan()).not.toMatch(/survey_responses_received/);
    const store = await openStore(db);
    try {
      expect(await books()).toEqual(EVERY_VERSION);
      expect((await store.surveys.since(null, '2026-03-01T00:00:00.000Z')).map((r) => r.id)).toEqual(['r1', 'r2']);
      // The phone that answered that day before the upgrade has had its one answer.
      expect(await store.surveys.claimPhoneDay('phone:p1')).toBe(false);
    } finally {
      await store.close();
    }
    expect(await surveyReadPlan()).toMatch(/survey_responses_received/);
  });

  it.each([
    ['an empty database', async () => undefined],
    ['the previous release', databaseOfPreviousRelease],
  ])('run once when several nodes start on %s at once, and every node starts', async (_, start) => {
    await start();
    // Each node opens its own handle or pool and migrates in the same tick: a race, not a queue.
    await Promise.all(Array.from({ length: 4 }, () => migrate(WRITTEN_ONCE)));
    expect(await books()).toEqual(EVERY_VERSION);
  });

  it('leave nothing of a migration that fails, and run it again at the next start', async () => {
    await migrate(WRITTEN_ONCE);
    const next = `${String(LAST + 1).padStart(3, '0')}_tried`;
    const engines: string[] = [];
    const tried = (fail: boolean): Migration => ({
      file: next,
      up: async (k: MigrationDb, e) => {
        engines.push(e);
        await k.schema
          .createTable('tried')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .execute();
        await k.insertInto('tried').values({ id: 'a' }).execute();
        if (fail) throw new Error('the second half of the migration fails');
      },
    });
    await expect(migrate([...WRITTEN_ONCE, tried(true)])).rejects.toThrow(/second half/);
    expect(await hasTable('tried')).toBe(false);
    expect((await books()).highest).toBe(LAST);
    await migrate([...WRITTEN_ONCE, tried(false)]);
    expect(await rows('SELECT id FROM tried')).toEqual([{ id: 'a' }]);
    expect((await books()).highest).toBe(LAST + 1);
    // Told the engine each time, for the statement the two spell differently.
    expect(engines).toEqual([engine, engine]);
  });
});

describe('a DATABASE_URL that cannot be used', () => {
  it('stops the start naming the setting, the host and the database, never the password', async () => {
    // Port 1: nothing listens there, so the connection is refused at once.
    const failure = openPg('postgres://hcc:s3cret-pw@127.0.0.1:1/hcc').catch((err: unknown) => err);
    const message = String(await failure);
    expect(message).toMatch(/PostgreSQL at 127\.0\.0\.1:1, database hcc \(DATABASE_URL\) cannot be used: .*ECONNREFUSED/);
    expect(message).not.toContain('s3cret-pw');
  });

  it.runIf(testEngine === 'pg')('names the schema its search_path picks when that schema does not exist', async () => {
    const url = new URL(TEST_PG_URL);
    url.searchParams.set('options', '-c search_path=hcc_never_created');
    await expect(openPg(url.href)).rejects.toThrow(/the schema hcc_never_created that search_path names does not exist\. Create it \(CREATE SCHEMA hcc_never_created;\)/);
  });
});
