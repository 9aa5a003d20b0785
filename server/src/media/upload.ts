import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { SNIFF_BYTES, sniffMediaType } from '@hcc/shared/media/sniff';
import type { MediaMime } from '@hcc/shared/schemas/media';
import busboy from 'busboy';
import type { Request } from 'express';
import { AppError } from '../http/errors';
import { randomToken } from '../security/tokens';

export interface StoredUpload {
  id: string;
  mime: MediaMime;
  bytes: number;
  name: string;
}

export const mediaPath = (dir: string, id: string) => path.join(dir, id);
const incomingDir = (dir: string) => path.join(dir, '.incoming');
/** Longer than any upload can sit still: Node's request timeout (300 s) ends a stalled one well before. */
const STALE_INCOMING_MS = 15 * 60_000;

/**
 * A file name as a person typed it, whatever the browser did to it: busboy is told the parameters are
 * UTF-8 (browsers send raw UTF-8 bytes, which busboy would otherwise read as Latin-1: "Ảnh" became
 * "áº¢nh"), composed to NFC (macOS and some phones send decomposed Vietnamese, which looks the same but
 * neither sorts nor searches the same), with any folder part, control characters and bidirectional
 * overrides (which can make "gpj.exe" read as "exe.jpg") removed.
 */
export function cleanFileName(raw: string | undefined): string {
  const base = (raw ?? '').split(/[\\/]/).pop() ?? '';
  const clean = base
    .normalize('NFC')
    .replace(/[\t\n\v\f\r]/g, ' ')
    .replace(/[\p{Cc}\u200B-\u200F\u202A-\u202E\u2060-\u206F\uFEFF]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
  return Array.from(clean).slice(0, 255).join('') || 'upload';
}

/**
 * Called once at start: removes what uploads cut off by a crash left half-written. This node's own files
 * go whatever their age; another node's (several nodes may share the media folder) only once nothing has
 * written to them for longer than an upload can pause, so an upload running there is never touched.
 */
export async function sweepIncoming(dir: string, nodeId: string, now: Date): Promise<number> {
  const inDir = incomingDir(dir);
  const names = await readdir(inDir).catch(() => [] as string[]);
  let removed = 0;
  for (const name of names) {
    const file = path.join(inDir, name);
    const info = await stat(file).catch(() => null);
    if (!info) continue;
    if (!name.startsWith(`${tmpPrefix(nodeId)}`) && now.getTime() - info.mtimeMs < STALE_INCOMING_MS) continue;
    await rm(file, { force: true, recursive: true });
    removed += 1;
  }
  return removed;
}

/** Temporary names start with the node's id, so a node knows its own leftovers from another's live uploads. */
const tmpPrefix = (nodeId: string) => `${nodeId.replace(/[^\w.-]/g, '_')}~`;

/**
 * Stream one multipart file to disk while hashing it, refusing it as soon as its first bytes show a
 * type we do not serve, or as soon as it passes the size limit. Only a complete, accepted file is
 * moved into place under its sha256, so a failed upload never leaves anything visible.
 */
export async function receiveUpload(
  req: Request,
  dir: string,
  maxBytes: number,
  nodeId: string,
  tooLarge: () => AppError = () => new AppError('too_large', `The file is larger than the ${formatBytes(maxBytes)} limit.`),
): Promise<StoredUpload> {
  if (!req.is('multipart/form-data')) throw new AppError('unsupported_media', 'Send the file as multipart/form-data in a field named "file".');
  const tmpDir = incomingDir(dir);
  const tmp = path.join(tmpDir, `${tmpPrefix(nodeId)}${randomToken(12)}`);
  /** Closed (or never opened) before the half-written file is removed: an open handle would keep its space. */
  let closed: Promise<void> = Promise.resolve();
  try {
    await mkdir(tmpDir, { recursive: true });
    const received = await new Promise<Omit<StoredUpload, 'id'> & { sha: string }>((resolve, reject) => {
      let bb: busboy.Busboy;
      try {
        bb = busboy({ headers: req.headers, defParamCharset: 'utf8', limits: { files: 1, fileSize: maxBytes, fields: 10, parts: 12 } });
      } catch {
        return reject(new AppError('validation', 'The upload is not valid multipart/form-data.'));
      }
      let seen = false;
      let failure: AppError | null = null;
      let done: Promise<Omit<StoredUpload, 'id'> & { sha: string }> | null = null;
      bb.on('file', (field, file, info) => {
        if (field !== 'file' || seen) {
          // A cut-off form destroys every open part with the error bb reports below; unheard, it would crash the process.
          file.on('error', () => undefined);
          return void file.resume();
        }
        seen = true;
        const hash = createHash('sha256');
        const out = createWriteStream(tmp);
        closed = new Promise((res) => out.once('close', () => res()));
        let head = Buffer.alloc(0);
        let mime: MediaMime | null = null;
        let bytes = 0;
        file.on('data', (chunk: Buffer) => {
          bytes += chunk.length;
          hash.update(chunk);
          if (!mime && !failure) {
            head = Buffer.concat([head, chunk]).subarray(0, SNIFF_BYTES);
            if (head.length >= SNIFF_BYTES || bytes === head.length) mime = sniffMediaType(head);
            if (!mime && head.length >= SNIFF_BYTES) {
              failure = new AppError('unsupported_media', 'Only MP4 or WebM video and JPEG, PNG or WebP images can be uploaded.');
              file.unpipe(out);
              file.resume();
            }
          }
        });
        file.on('limit', () => {
          failure = tooLarge();
          file.unpipe(out);
          file.resume();
        });
        file.pipe(out);
        done = new Promise((res, rej) => {
          file.on('end', () => {
            out.end(() => {
              if (failure) return rej(failure);
              mime ??= sniffMediaType(head);
              if (!mime) return rej(new AppError('unsupported_media', 'Only MP4 or WebM video and JPEG, PNG or WebP images can be uploaded.'));
              if (bytes === 0) return rej(new AppError('validation', 'The file is empty.'));
              res({ mime, bytes, name: cleanFileName(info.filename), sha: hash.digest('hex') });
            });
          });
          // A write that fails (the disk is full) stops the file here; the rest of the body is read
          // and dropped, or busboy would wait for it forever and the request would never be answered.
          out.on('error', (err) => {
            file.unpipe(out);
            file.resume();
            rej(err);
          });
          // The same cut-off form: close the half-written file (bb's error below is the one reported).
          file.on('error', (err) => {
            out.destroy();
            rej(err);
          });
        });
        // Handled in 'close' below; this only stops Node reporting it as unhandled in between.
        done.catch(() => undefined);
      });
      bb.on('error', () => reject(new AppError('validation', 'The upload was cut off or malformed.')));
      // A client that goes away mid-file ends the request without ending the form: busboy would wait for
      // the rest for ever, keeping the half-written file and its handle. Stop everything and give up.
      req.once('close', () => {
        if (req.complete) return;
        req.unpipe(bb);
        bb.destroy();
        reject(new AppError('validation', 'The upload was cut off before the whole file arrived; nothing was kept.'));
      });
      bb.on('close', () => {
        if (!done) return reject(new AppError('validation', 'No file found: send it in a field named "file".'));
        done.then(resolve, reject);
      });
      req.pipe(bb);
    });
    const final = mediaPath(dir, received.sha);
    const exists = await stat(final).then(
      () => true,
      () => false,
    );
    if (exists) await rm(tmp, { force: true });
    else await rename(tmp, final);
    return { id: received.sha, mime: received.mime, bytes: received.bytes, name: received.name };
  } catch (err) {
    await closed;
    await rm(tmp, { force: true });
    throw isDiskFull(err) ? new AppError('insufficient_storage', 'The server has no room left on its disk for this file; nothing was kept. Free some space, then upload it again.') : err;
  }
}

const isDiskFull = (err: unknown) => ['ENOSPC', 'EDQUOT'].includes((err as NodeJS.ErrnoException | null)?.code ?? '');

export const formatBytes = (n: number) => (n >= 1024 ** 3 ? `${Math.round((n / 1024 ** 3) * 10) / 10} GB` : n >= 1048576 ? `${Math.round(n / 1048576)} MB` : `${Math.round(n / 1024)} KB`);
