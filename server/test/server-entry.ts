import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * The node arguments that start the server (`main`) or one of its commands (server/src/cli/<name>.ts)
 * in a child process. From the TypeScript source through tsx by default; from the build
 * (server/dist/<name>.js) where HCC_BUILT=1, as `npm test` sets after building: tests that start
 * dozens of servers then skip compiling the whole server on every start (seconds each on 2 loaded
 * cores). The flag is explicit, as for scripts/cli.mjs, so a stale build never runs in place of the
 * source you just edited. Paths are absolute: the child may start in any directory.
 */
export function serverEntry(name = 'main'): string[] {
  if (process.env['HCC_BUILT'] === '1') return [...NODE_FLAGS, `${ROOT}server/dist/${name}.js`];
  return [...NODE_FLAGS, '--import', 'tsx', `${ROOT}server/src/${name === 'main' ? 'main' : `cli/${name}`}.ts`];
}

/**
 * Node's flags for the server, as every launcher passes them (package.json's start, deploy/Dockerfile,
 * deploy/hcc@.service; launch-flags.test.ts holds them to this list), so tests and benches run what ships.
 * V8 lets the heap grow by a factor it derives from the heap's limit: with a large machine's default limit
 * (4 GB on 64 bits) the old generation may reach four times what survived the last collection before the
 * next one; with a limit of 1 GB, 1.6 times. With 1,000 screens the server's RSS fell from 297–299 to
 * 195–217 MB, with publish latency and ingest unchanged (BENCHMARKS.md, 6 Dec 2026); 1 GB is still more
 * than twice the heap 5,000 screens on one node use. Raise it on a node that needs more.
 */
export const NODE_FLAGS = ['--max-old-space-size=1024'] as const;
