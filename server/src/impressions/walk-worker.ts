import { parentPort, workerData } from 'node:worker_threads';
import type { Keying } from './chain';
import { logKeyOf } from './log-key';
import { walkChains } from './walk-chains';
import type { WalkJob } from './walk-in-worker';
import { openWalkPages } from './walk-pages';

// The entry of a chain walk's worker thread (walkInWorker). workerData is sent by walkInWorker in
// this same process, never from outside it.
const job = workerData as WalkJob;
const k: Keying = { key: logKeyOf(job.secret, 'worker'), fromSeq: job.fromSeq, summariesFromSeq: job.summariesFromSeq, startedAt: job.startedAt };
const db = await openWalkPages(job.db);
try {
  parentPort?.postMessage(await walkChains(db.pages, k, job.from));
} finally {
  await db.close();
}
