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
  if (process.env['HCC_BUILT'] === '1') return [`${ROOT}server/dist/${name}.js`];
  return ['--import', 'tsx', `${ROOT}server/src/${name === 'main' ? 'main' : `cli/${name}`}.ts`];
}
