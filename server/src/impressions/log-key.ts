import { createHash, createHmac, createSecretKey, type KeyObject, randomBytes } from 'node:crypto';
import { open, readFile } from 'node:fs/promises';
import path from 'node:path';

/** The key file's name in DATA_DIR: created 0600 at first start when LOG_HMAC_KEY is not set. */
export const LOG_KEY_FILE = 'log-hmac.key';
const MIN_KEY_CHARS = 32;

/**
 * The secret the proof-of-play log is keyed with. It lives outside the database — in the environment
 * or a file of its own — so someone holding only the database cannot recompute the chain after
 * editing, inserting or removing a row, nor forge a seal over the roll-ups or a summary.
 */
export interface LogKey {
  /** A short public name of the key (not the key): which key a database was sealed with. */
  id: string;
  /** Where it came from, for people: "LOG_HMAC_KEY" or the file's path. */
  source: string;
  /** HMAC-SHA256 of the parts, joined unambiguously, as hex. */
  mac(...parts: (string | number)[]): string;
  /** The secret as a KeyObject, which can be handed to a worker thread (a chain walk) without its bytes showing up in logs. */
  secret: KeyObject;
}

export function logKeyFrom(secret: string, source: string): LogKey {
  return logKeyOf(createSecretKey(Buffer.from(secret, 'utf8')), source);
}

/** The key from its KeyObject: what a worker thread receives. */
export function logKeyOf(secret: KeyObject, source: string): LogKey {
  const mac = (...parts: (string | number)[]) => createHmac('sha256', secret).update(parts.join('\u001f')).digest('hex');
  return { id: mac('hcc-log-key-id').slice(0, 16), source, mac, secret };
}

/** For benches and throwaway stores only: a key nobody keeps. */
export const ephemeralLogKey = (): LogKey => logKeyFrom(randomBytes(32).toString('hex'), 'ephemeral');

export class LogKeyError extends Error {}

/**
 * LOG_HMAC_KEY when set; else the key file in DATA_DIR, created with mode 0600 on first start. Several
 * nodes sharing PostgreSQL must share one key, so there the environment variable is required.
 */
export async function loadLogKey(c: { dataDir: string; databaseUrl?: string | undefined; redisUrl?: string | undefined; logHmacKey?: string | undefined }): Promise<LogKey> {
  if (c.logHmacKey !== undefined) {
    if (c.logHmacKey.length < MIN_KEY_CHARS) throw new LogKeyError(`LOG_HMAC_KEY must be at least ${MIN_KEY_CHARS} characters (e.g. \`openssl rand -hex 32\`).`);
    return logKeyFrom(c.logHmacKey, 'LOG_HMAC_KEY');
  }
  if (c.databaseUrl && c.redisUrl) {
    throw new LogKeyError(
      'Several nodes share this PostgreSQL database (REDIS_URL is set): set the same LOG_HMAC_KEY on every node (at least 32 characters, e.g. `openssl rand -hex 32`), so they all key the proof-of-play log alike.',
    );
  }
  const file = path.join(c.dataDir, LOG_KEY_FILE);
  try {
    const h = await open(file, 'wx', 0o600);
    await h.writeFile(`${randomBytes(32).toString('hex')}\n`);
    await h.sync();
    await h.close();
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
  }
  // Another process may have just created it: wait for its content rather than read it half-written.
  for (let i = 0; ; i += 1) {
    const secret = (await readFile(file, 'utf8')).trim();
    if (secret.length >= MIN_KEY_CHARS) return logKeyFrom(secret, file);
    if (i > 50) throw new LogKeyError(`${file} holds no key (fewer than ${MIN_KEY_CHARS} characters): restore it from the backup it was kept with, or remove it only if the log is new.`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Plain SHA-256 of the same parts: the chain's links before keying began (databases from before issue 18). */
export const sha256Of = (...parts: (string | number)[]) => createHash('sha256').update(parts.join('\u001f')).digest('hex');
