import { randomBytes } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * A secret kept in the data directory (mode 0600), made on first start: a node alone then signs
 * cookies that still verify after a restart, with nothing to configure.
 */
export async function secretInDataDir(dataDir: string, name: string): Promise<string> {
  const file = path.join(dataDir, name);
  try {
    const kept = (await readFile(file, 'utf8')).trim();
    if (kept.length >= 32) return kept;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  const fresh = randomBytes(32).toString('base64url');
  // "wx": two processes starting at once on one directory keep whichever wrote first.
  try {
    await writeFile(file, `${fresh}\n`, { mode: 0o600, flag: 'wx' });
    return fresh;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return (await readFile(file, 'utf8')).trim();
    throw err;
  }
}
