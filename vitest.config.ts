import { configDefaults, defineConfig } from 'vitest/config';

const MULTI_NODE = 'server/test/multi-node.test.ts';
/**
 * isolate: false: a worker imports the server's modules (Express, socket.io, exceljs, the search engine…)
 * once for all its files, not once per file, which was most of these projects' CPU. Each test still
 * starts its own server over its own database; the server keeps no module-level state but caches
 * (fonts, the compiled lexicon), and no server test mocks a module, stubs a global or sets the environment.
 */
const serverTests = { include: ['server/test/**/*.test.ts'], exclude: [...configDefaults.exclude, MULTI_NODE], testTimeout: 20_000, isolate: false };

export default defineConfig({
  test: {
    // Vitest's default on 2 cores is one worker for the whole run. Most files wait on something else
    // (a PostgreSQL query, a child server, a socket round trip), so two at a time keep both cores busy.
    // Browser and fault files too: they were one at a time after all the others, which left a core idle for
    // half the run (530 s instead of 664 s for the whole suite on a quiet 2-core machine, 4 Dec).
    maxWorkers: 2,
    projects: [
      // Pure code (no I/O, no mocks, no stubbed globals): the files of a worker share its loaded modules
      // (isolate: false) instead of importing them afresh per file, which was 60 % of these projects' CPU.
      // A test that stubs a global or mocks a module would leak into the next file: put it in a project of its own.
      { test: { name: 'shared', include: ['shared/src/**/*.test.ts'], isolate: false } },
      { test: { name: 'display', include: ['display/src/**/*.test.ts'], isolate: false } },
      { test: { name: 'kiosk', include: ['kiosk/src/**/*.test.ts'], isolate: false } },
      // The benchmarks' pure parts (goal evaluation, the markdown written); running benchmarks is `npm run bench`.
      { test: { name: 'bench', include: ['bench/lib/**/*.test.ts'], isolate: false } },
      { test: { name: 'server', ...serverTests } },
      // The same tests on PostgreSQL, each test server in a schema of its own. Without the database at
      // 127.0.0.1:5432 (or HCC_TEST_DATABASE_URL) the global setup fails the run and says so.
      { test: { name: 'server-pg', ...serverTests, env: { HCC_TEST_DB: 'pg' }, globalSetup: ['server/test/require-postgres.ts'] } },
      // Two server processes sharing PostgreSQL and Redis (both on this machine, or the run fails saying so).
      { test: { name: 'multi-node', include: [MULTI_NODE], testTimeout: 60_000, hookTimeout: 90_000, globalSetup: ['server/test/require-postgres-and-redis.ts'] } },
      // Faults, fuzzing, the access matrix, backups, privacy: their figures go to reliability/.out/RELIABILITY.md
      // (ignored); `npm run reliability:report` copies a full run's report over the committed RELIABILITY.md.
      {
        test: {
          name: 'reliability',
          include: ['reliability/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          globalSetup: ['reliability/global-setup.ts', 'e2e/seed-once.ts'],
        },
      },
      // Browser tests drive real Chromium against a real server, each file its own server and browser.
      // isolate: false: a worker imports Playwright and the harness once, not once more per file (no file
      // mocks a module or stubs a global; their state is in their own server and browser).
      {
        test: { name: 'e2e', include: ['e2e/**/*.test.ts'], isolate: false, testTimeout: 60_000, hookTimeout: 120_000, globalSetup: ['e2e/seed-once.ts'] },
      },
    ],
  },
});
