import { openPg } from '../src/db/pg';
import { requirePostgres, startSchemaPool } from './test-database';

// Vitest's globalSetup for the server-pg project: it runs once, before any test file. Its teardown drops
// the run's pool of migrated schemas.
export default async function setup(): Promise<() => Promise<void>> {
  await requirePostgres();
  return startSchemaPool(async (url) => {
    const pools = await openPg(url);
    await Promise.all([pools.main.end(), pools.ingest.end()]);
  });
}
