import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { sha256File } from './manifest';

export interface MediaCopyResult {
  /** Copied now, or found already there with the right content. */
  files: { sha256: string; bytes: number }[];
  /** Not in the source directory at all. */
  missing: string[];
  /** In the source directory, but its bytes no longer hash to its name: damaged on disk, not copied. */
  damaged: string[];
  copied: number;
}

/** Absent is an answer (a file deleted after the snapshot was taken); any other failure is not. */
const statIfAny = (file: string) =>
  stat(file).catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'ENOENT') return null;
    throw err;
  });

/**
 * Copies content-addressed media files (each named by the sha256 of its bytes) from one directory to
 * another. A file already at the destination with the right hash is left alone, so a second backup
 * into the same directory, or a restore over a data directory that has most files, copies only what
 * is new. Every byte copied is hashed on the way and must match its name, so a copy never holds a
 * file silently damaged on disk; the copy goes to a temporary name and is renamed only once it checks.
 */
export async function copyMedia(fromDir: string, toDir: string, ids: readonly string[]): Promise<MediaCopyResult> {
  await mkdir(toDir, { recursive: true });
  const result: MediaCopyResult = { files: [], missing: [], damaged: [], copied: 0 };
  for (const id of ids) {
    const from = path.join(fromDir, id);
    const to = path.join(toDir, id);
    const source = await statIfAny(from);
    if (!source) {
      result.missing.push(id);
      continue;
    }
    const there = await statIfAny(to);
    if (!there || there.size !== source.size || (await sha256File(to)) !== id) {
      if (!(await copyChecked(from, to, id))) {
        result.damaged.push(id);
        continue;
      }
      result.copied++;
    }
    result.files.push({ sha256: id, bytes: source.size });
  }
  return result;
}

/** False when the source's bytes do not hash to its name; nothing is left at `to` then. */
async function copyChecked(from: string, to: string, id: string): Promise<boolean> {
  const tmp = `${to}.partial`;
  const hash = createHash('sha256');
  const hashing = new Transform({
    transform(chunk: Buffer, _enc, done) {
      hash.update(chunk);
      done(null, chunk);
    },
  });
  try {
    await pipeline(createReadStream(from), hashing, createWriteStream(tmp));
    if (hash.digest('hex') !== id) return false;
    await rename(tmp, to);
    return true;
  } finally {
    await rm(tmp, { force: true });
  }
}
