import { readdirSync, readFileSync } from 'node:fs';
import type { Kysely } from 'kysely';
import { WRITTEN_ONCE } from './migrations/registry';

/**
 * How the schema moves forward, on either engine.
 *
 * 001–019 are SQL files written twice, one per engine (migrations/sqlite/, migrations/pg/). They are
 * frozen: deployed databases have run them, and each engine's bookkeeping says so (SQLite: the highest
 * version in PRAGMA user_version; PostgreSQL: a row per version in schema_migrations, written under an
 * advisory lock). From 020 on a migration is one TypeScript module written once with Kysely's schema
 * builder, numbered on from the SQL files and run by that same bookkeeping: in order, each in a
 * transaction of its own with its version recorded inside it, on PostgreSQL under the same lock.
 *
 * Why not Kysely's Migrator: it keeps books of its own (tables kysely_migration and
 * kysely_migration_lock, keyed by name), so every deployed database would first need 001–019 copied
 * into them, by nodes that may start at the same instant: a conversion harder to get right than the
 * runner below. And it changes what a failure leaves behind: on SQLite it runs migrations outside any
 * transaction (a failed one stays half applied), on PostgreSQL it runs all pending ones in a single
 * transaction. Its `Migration` shape is kept (an `up` taking a Kysely), so a move to it later is
 * a change of runner, not of migrations.
 */
export type Engine = 'sqlite' | 'postgres';

/**
 * What a migration is given. Untyped on purpose: a migration sees the schema as it stood at its own
 * number, which the current `Database` of schema.ts no longer describes once a later one changes it.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type MigrationDb = Kysely<any>;

/**
 * A migration written once: `migrations/NNN_name.ts`, listed in migrations/registry.ts. `up` runs inside
 * the runner's transaction (it must not open one) and gets the engine for the rare statement the two
 * engines spell differently.
 */
export interface Migration {
  /** The module's file name without its extension, `NNN_name`: NNN is its version. */
  file: string;
  up(db: MigrationDb, engine: Engine): Promise<void>;
}

/** One migration to run: a frozen SQL file's text, or a migration written once. */
export interface MigrationStep {
  version: number;
  /** What the bookkeeping records: the file's name. */
  name: string;
  run(db: MigrationDb, engine: Engine, runSql: (text: string) => Promise<unknown>): Promise<unknown>;
}

const FROZEN_DIRS: Record<Engine, URL> = { sqlite: new URL('./migrations/sqlite/', import.meta.url), postgres: new URL('./migrations/pg/', import.meta.url) };

const versionOf = (file: string): number => Number(file.slice(0, 3));

/**
 * Every migration of `engine` in order: the frozen SQL files, then those written once. A migration
 * written once numbered into the frozen range, or twice, is a mistake that must not reach a database.
 */
export function migrationSteps(engine: Engine, writtenOnce: readonly Migration[] = WRITTEN_ONCE): MigrationStep[] {
  const dir = FROZEN_DIRS[engine];
  const frozen = readdirSync(dir)
    .filter((f) => /^\d{3}_.+\.sql$/.test(f))
    .sort()
    .map((f): MigrationStep => ({ version: versionOf(f), name: f, run: (_db, _engine, runSql) => runSql(readFileSync(new URL(f, dir), 'utf8')) }));
  const steps = [...frozen, ...writtenOnce.map((m): MigrationStep => ({ version: versionOf(m.file), name: `${m.file}.ts`, run: (db, e) => m.up(db, e) }))];
  steps.forEach((s, i) => {
    const before = steps[i - 1]?.version ?? 0;
    if (!/^\d{3}_/.test(s.name) || s.version <= before) throw new Error(`migration ${s.name} is out of order: each number follows the one before (${before})`);
  });
  return steps;
}
