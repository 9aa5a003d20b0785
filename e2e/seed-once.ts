import type { TestProject } from 'vitest/node';
import { destroyServer, startServer } from './harness';

/**
 * Vitest's global setup for the browser and reliability tests. Every start on an empty data directory
 * imports the whole national catalogue, the same few thousand procedures each time: seconds a file on
 * 2 cores. One server seeds the demo here, once per run, and stops; each file's server then starts over
 * a copy of that directory (harness.ts), so files still share no data.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // The one start that imports the catalogue: on a loaded machine it may take more than a minute.
  const seeded = await startServer({}, undefined, { readyWithinMs: 240_000 });
  await seeded.stop();
  project.provide('seededData', { dataDir: seeded.dataDir, screenTokens: seeded.screenTokens, kioskToken: seeded.kioskToken });
  return () => destroyServer(seeded);
}
