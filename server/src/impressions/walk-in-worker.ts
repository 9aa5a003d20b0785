import type { KeyObject } from 'node:crypto';
import { Worker } from 'node:worker_threads';
import type { Keying } from './chain';
import { type ChainPages, type ChainWalks, walkChains, type WalkStart } from './walk-chains';

/** The database a walk's worker opens a connection of its own to. */
export type WalkDb = { engine: 'pg'; url: string } | { engine: 'sqlite'; file: string };

/** What walk-worker.ts receives: all of it can be cloned to another thread, the key as a KeyObject. */
export interface WalkJob {
  db: WalkDb;
  secret: KeyObject;
  fromSeq: number;
  summariesFromSeq: number;
  startedAt: string;
  from: WalkStart;
}

/** Defined (true) by scripts/build-server.mjs in the bundle, where the worker is built beside main.js. */
declare const __HCC_BUNDLED__: boolean | undefined;

function startWorker(job: WalkJob): Worker {
  // In the bundle, import.meta.url names this source file (see keepModuleUrls in the build script).
  if (typeof __HCC_BUNDLED__ !== 'undefined') return new Worker(new URL('../../dist/walk-worker.js', import.meta.url), { workerData: job });
  // From the TypeScript source (tsx, vitest): a worker thread has no TypeScript loader until it registers tsx's.
  const entry = new URL('./walk-worker.ts', import.meta.url).href;
  const code = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); })`;
  return new Worker(code, { eval: true, workerData: job });
}

/**
 * Walks both chains in a worker thread over a connection of its own, from `from` to their ends. The
 * hashing of a million rows (seconds of CPU) then runs beside the event loop, not on it: batches being
 * stored meanwhile — each holding the chain's lock across several round trips — never wait behind a page.
 */
export function walkInWorker(db: WalkDb, k: Keying, from: WalkStart): Promise<ChainWalks> {
  const worker = startWorker({ db, secret: k.key.secret, fromSeq: k.fromSeq, summariesFromSeq: k.summariesFromSeq, startedAt: k.startedAt, from });
  return new Promise((resolve, reject) => {
    let result: ChainWalks | null = null;
    worker.once('message', (m: ChainWalks) => (result = m));
    worker.once('error', reject);
    worker.once('exit', (code) => (result ? resolve(result) : reject(new Error(`the chain walk's worker stopped (exit code ${code}) before it answered`))));
  });
}

/**
 * Below this many rows to walk, the walk stays on the event loop: a worker's start (a connection, and
 * from the source a TypeScript loader) would cost more than the few pages it spares it.
 */
export const WORKER_FROM_ROWS = 20_000;

/**
 * Walks both chains from `from`: in a worker thread when there is much to walk and the database can
 * be opened again (`db`; not an in-memory SQLite), else through `pages` on this thread.
 */
export async function walkBeside(db: WalkDb | null, pages: ChainPages, k: Keying, from: WalkStart, workerFrom = WORKER_FROM_ROWS): Promise<ChainWalks> {
  const ends = await pages.ends();
  const ahead = Math.max(0, ends.rows - from.rows.seq) + Math.max(0, ends.summaries - from.summaries.seq);
  return db && ahead >= workerFrom ? walkInWorker(db, k, from) : walkChains(pages, k, from);
}
