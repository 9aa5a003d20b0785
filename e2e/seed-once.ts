import type { TestProject } from 'vitest/node';
import { destroyServer, type RunningServer, startServer } from './harness';

/**
 * Vitest's global setup for the browser and reliability tests. Every start on an empty data directory
 * imports the whole national catalogue, the same few thousand procedures each time: seconds a file on
 * 2 cores. One server seeds the demo here, once per run, and stops; each file's server then starts over
 * a copy of that directory (harness.ts), so files still share no data.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const seed = sharedSeed();
  seed.users += 1;
  const seeded = await seed.seeded;
  project.provide('seededData', { dataDir: seeded.dataDir, screenTokens: seeded.screenTokens, kioskToken: seeded.kioskToken });
  return async () => {
    // The last project to finish removes it: another may still copy it for its files.
    if (--seed.users === 0) await destroyServer(seeded);
  };
}

interface SharedSeed {
  seeded: Promise<RunningServer>;
  users: number;
}
const SEED_KEY = Symbol.for('hcc.e2e.seed');

/**
 * The seed of this run, made by the first project that asks. The e2e and reliability projects' global
 * setups run in the Vitest process before any test: seeding once, not once each, takes a whole import
 * of the catalogue off the run's start. Kept on globalThis because Vitest loads this module afresh for
 * each project.
 */
function sharedSeed(): SharedSeed {
  const holder = globalThis as { [SEED_KEY]?: SharedSeed };
  holder[SEED_KEY] ??= { seeded: seedDemo(), users: 0 };
  return holder[SEED_KEY];
}

async function seedDemo(): Promise<RunningServer> {
  // The one start that imports the catalogue: on a loaded machine it may take more than a minute.
  const seeded = await startServer({}, undefined, { readyWithinMs: 240_000 });
  await seeded.stop();
  return seeded;
}
