import { fork } from 'node:child_process';
import pino from 'pino';
import { findCrawl } from '../catalogue/read-crawl';
import { loadConfig } from '../config/config';
import { configuredClock } from '../context';
import { openStore } from '../store/open';
import type { Store } from '../store/store';
import { type SeedReport, seedDemo, wantsDemo } from './demo';

/** In the environment of the process `seedDemoApart` starts: the server's entry then seeds and exits (see main.ts). */
export const SEED_CHILD_ENV = 'HCC_SEED_DEMO_CHILD';

/**
 * Seeds the demo in a process of its own: this same entry, started again with SEED_CHILD_ENV set.
 * The seed reads the whole national crawl and the portal's lists, some 200 MB more at its peak, and a
 * Node process keeps most of that resident (heap and malloc arenas) long after; a process that exits
 * gives it all back, so the server that goes on to hold a province's screens starts without it.
 */
export async function seedDemoApart(store: Store): Promise<SeedReport | null> {
  // Most starts find the demo (or a real centre) there already: no process to start for that.
  if (!(await wantsDemo(store))) return null;
  const entry = process.argv[1];
  if (!entry) throw new Error('cannot start the demo seed: the server was not started from a file');
  return new Promise((resolve, reject) => {
    const child = fork(entry, [], {
      // `npm run dev` watches: a child started with --watch would be a watcher of its own and never exit.
      execArgv: process.execArgv.filter((a) => !a.startsWith('--watch')),
      env: { ...process.env, [SEED_CHILD_ENV]: '1' },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    let report: { seeded: SeedReport | null } | undefined;
    child.on('message', (m: { seeded: SeedReport | null }) => (report = m));
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      if (code === 0 && report) resolve(report.seeded);
      else reject(new Error(`the demo seed's process ended (${signal ?? `exit code ${code}`}) without seeding; its error is printed above`));
    });
  });
}

/** The child's side: seed the store the environment names, send the report (it holds tokens: IPC only, never stdout). */
export async function seedAsChild(): Promise<void> {
  const send = process.send?.bind(process);
  if (!send) throw new Error(`${SEED_CHILD_ENV} is set, but no server started this process to seed for it`);
  const config = loadConfig(process.env);
  const log = pino({ level: config.logLevel });
  const store = await openStore(config);
  try {
    const seeded = await seedDemo({ config, store, clock: configuredClock(config), log }, findCrawl(config.catalogueDir));
    await new Promise<void>((resolve, reject) => send({ seeded }, (err: Error | null) => (err ? reject(err) : resolve())));
  } finally {
    await store.close();
  }
}
