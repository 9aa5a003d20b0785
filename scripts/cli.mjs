// Runs one of the server's commands (server/src/cli/<name>.ts): from the TypeScript source through
// tsx when developing, or from the build (server/dist/<name>.js) where HCC_BUILT=1, as in the
// production image, which has neither tsx nor TypeScript. The flag is explicit, so a stale build
// never runs in place of the source you just edited.
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const [name, ...args] = process.argv.slice(2);
const built = process.env.HCC_BUILT === '1';
const file = fileURLToPath(new URL(built ? `../server/dist/${name}.js` : `../server/src/cli/${name}.ts`, import.meta.url));
if (!name || !existsSync(file)) {
  console.error(`No command "${name ?? ''}" (${file}).${built ? ' Was the server built (npm run build:server)?' : ''}`);
  process.exit(2);
}
if (!built) (await import('tsx/esm/api')).register();
// The command reads its arguments as if it had been started directly.
process.argv = [process.argv[0], file, ...args];
await import(pathToFileURL(file).href);
