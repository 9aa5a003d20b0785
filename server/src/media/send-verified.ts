import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Request, Response } from 'express';
import type { Logger } from 'pino';

/**
 * Sends a whole media file while hashing it, holding its last chunk back until the hash matches the
 * file's name (its sha256). A file damaged on disk, truncated or overwritten, then never arrives
 * whole: the response stops short of its Content-Length, so a player's download fails instead of
 * caching the damage, and its <img> or <video> errors, which the loop skips and reports as a failed
 * showing. (A browser draws a truncated image without complaint, so decoding alone cannot tell.)
 * Returns false for requests it leaves to express's sendFile: ranges (a video seeking; only a whole
 * file can be checked) and HEAD.
 */
export async function sendVerified(req: Request, res: Response, file: string, sha256: string, log: Logger): Promise<boolean> {
  if (req.method !== 'GET' || req.headers.range) return false;
  if (req.fresh) {
    res.status(304).end();
    return true;
  }
  // A file missing from disk is sendFile's 404.
  const size = await stat(file).then(
    (s) => s.size,
    () => null,
  );
  if (size === null) return false;
  const hash = createHash('sha256');
  let held: Buffer | null = null;
  let damaged = false;
  const verify = new Transform({
    transform(chunk: Buffer, _enc, next) {
      hash.update(chunk);
      if (held) this.push(held);
      held = chunk;
      next();
    },
    flush(next) {
      damaged = hash.digest('hex') !== sha256;
      if (damaged) return next(new Error(`media file ${sha256} does not match its hash`));
      if (held) this.push(held);
      next();
    },
  });
  res.setHeader('Content-Length', size);
  res.setHeader('Accept-Ranges', 'bytes');
  res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
  try {
    await pipeline(createReadStream(file), verify, res);
  } catch (err) {
    // Headers are gone already: cutting the connection short is the only way left to say "not this".
    res.destroy();
    // Otherwise the player went away mid-download, which is no news.
    if (damaged) log.error({ err, media: sha256 }, 'media file is damaged on disk (its bytes no longer match its hash); players skip it');
  }
  return true;
}
