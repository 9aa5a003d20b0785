// Copies the report of the last reliability run over the committed RELIABILITY.md. Run through
// `npm run reliability:report`, which runs the whole reliability suite first: a report from a
// single test file would list only that file's rows.
import { copyFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const from = fileURLToPath(new URL('../reliability/.out/RELIABILITY.md', import.meta.url));
const to = fileURLToPath(new URL('../RELIABILITY.md', import.meta.url));
if (!existsSync(from)) {
  console.error('No reliability report yet: run `npm run reliability:report` (or `npm run test:reliability`) first.');
  process.exit(1);
}
copyFileSync(from, to);
console.log('RELIABILITY.md updated from reliability/.out/RELIABILITY.md');
