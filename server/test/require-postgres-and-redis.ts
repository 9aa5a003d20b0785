import { requireRedis } from './nodes';
import { requirePostgres } from './test-database';

// Vitest's globalSetup for the multi-node project: without either, the run fails once, saying which.
export default async function requirePostgresAndRedis(): Promise<void> {
  await requirePostgres('The multi-node tests');
  await requireRedis();
}
