import path from 'node:path';
import { mediaKindOf, sniffMediaType } from '@hcc/shared/media/sniff';
import { mediaUsage } from '@hcc/shared/playlists/media-usage';
import { mediaApi, MediaParams } from '@hcc/shared/api/media';
import type { MediaAsset } from '@hcc/shared/schemas/media';
import { rm } from 'node:fs/promises';
import express, { Router } from 'express';
import { requireStaff, staffOf } from '../auth/session';
import type { Deps } from '../context';
import { AppError } from '../http/errors';
import { contractRoutes } from '../http/contract-route';
import { parseParams } from '../http/parse';
import type { MediaRecord } from './repo';
import { sendVerified } from './send-verified';
import type { PublicQuotas } from '../security/network-quota';
import { mediaPath, receiveUpload } from './upload';
import { uploadQuota } from './upload-quota';
import type { MakeLimiter } from '../security/limits';

export const mediaDir = (deps: Deps) => path.join(deps.config.dataDir, 'media');
const toAsset = ({ createdBy: _by, ...m }: MediaRecord, posters: ReadonlySet<string>): MediaAsset => ({ ...m, url: `/media/${m.id}`, poster: posters.has(m.id) ? `/api/media/${m.id}/poster` : null });
/** A still frame at thumbnail size is tens of kilobytes; this leaves room for a large one and no more. */
const MAX_POSTER_BYTES = 512 * 1024;
/** Replaces the pages' policy: a file runs nothing, loads nothing and may be framed by nobody. */
const INERT_CSP = "default-src 'none'; sandbox; frame-ancestors 'none'";

export function mediaApiRoutes(deps: Deps, makeLimiter: MakeLimiter): Router {
  const r = Router();
  const reserveUpload = uploadQuota(deps, makeLimiter);
  const usage = async () => mediaUsage(await deps.store.playlists.list(), await deps.store.playlists.latestVersions());
  const on = contractRoutes(r, '/api/media');
  on(mediaApi.list, requireStaff(deps, 'viewer'), async () => {
    const used = await usage();
    const posters = await deps.store.media.withPosters();
    return { items: (await deps.store.media.list()).map((m) => ({ ...toAsset(m, posters), usedBy: used.get(m.id) ?? [] })) };
  });
  on(mediaApi.delete, requireStaff(deps, 'editor'), async ({ params: { id }, res }) => {
    const before = await deps.store.media.get(id);
    if (!before) throw new AppError('not_found', `No media file ${id}.`);
    const users = (await usage()).get(id) ?? [];
    if (users.length) {
      throw new AppError('conflict', `"${before.name}" is used by ${users.map((u) => `"${u.playlistName}"${u.onAir ? ' (on air)' : ''}`).join(', ')}; remove it from there first.`);
    }
    // The evidence register is never edited, a withdrawn entry included: its proof stays for the reports and auditors.
    const proves = await deps.store.register.provedBy(id);
    if (proves.length) {
      throw new AppError('conflict', `"${before.name}" is the proof of ${proves.map((e) => `"${e.title}" (${e.date})`).join(', ')} in the evidence register, which keeps its proof for good.`);
    }
    await deps.store.media.delete(id);
    // The record goes first: a file left behind by a crash is garbage, a record without its file is a broken screen.
    await rm(mediaPath(mediaDir(deps), id), { force: true });
    await deps.store.audit.append({ at: deps.clock().toISOString(), actor: staffOf(res).username, action: 'media.delete', subject: id, before, after: null });
    return { ok: true } as const;
  });
  r.post('/', requireStaff(deps, 'editor'), async (req, res) => {
    // Before the first byte is read: an account past its day's bytes, or a full library, costs no disk.
    const room = await reserveUpload(req, res);
    let up;
    try {
      up = await receiveUpload(req, mediaDir(deps), room.maxBytes, deps.config.nodeId, room.tooLarge);
    } finally {
      await room.settle(up?.bytes ?? null);
    }
    const record: MediaRecord = {
      id: up.id,
      kind: mediaKindOf(up.mime),
      mime: up.mime,
      bytes: up.bytes,
      name: up.name,
      createdAt: deps.clock().toISOString(),
      createdBy: staffOf(res).username,
    };
    const created = await deps.store.media.insertIfAbsent(record);
    if (created) await deps.store.audit.append({ at: record.createdAt, actor: record.createdBy, action: 'media.upload', subject: record.id, before: null, after: record });
    const stored = await deps.store.media.get(up.id);
    if (!stored) throw new Error(`media ${up.id} missing right after insert`);
    res.status(created ? 201 : 200).json(toAsset(stored, await deps.store.media.withPosters()));
  });
  // The console draws a video's frame (the server decodes no video) and leaves it here for the
  // library and the report's evidence appendix.
  r.put('/:id/poster', requireStaff(deps, 'editor'), express.raw({ type: () => true, limit: MAX_POSTER_BYTES }), async (req, res) => {
    const { id } = parseParams(MediaParams, req);
    const m = await deps.store.media.get(id);
    if (!m) throw new AppError('not_found', `No media file ${id}.`);
    if (m.kind !== 'video') throw new AppError('validation', `"${m.name}" is an image; only videos take a poster frame.`);
    const body: unknown = req.body;
    if (!Buffer.isBuffer(body) || sniffMediaType(body.subarray(0, 64)) !== 'image/jpeg') throw new AppError('validation', 'A poster frame must be sent as a JPEG image.');
    await deps.store.media.savePoster(id, body, deps.clock().toISOString());
    res.status(201).json({ poster: `/api/media/${id}/poster` });
  });
  r.get('/:id/poster', requireStaff(deps, 'viewer'), async (req, res) => {
    const { id } = parseParams(MediaParams, req);
    const jpeg = await deps.store.media.getPoster(id);
    if (!jpeg) throw new AppError('not_found', `Media file ${id} has no poster frame yet.`);
    res.set({ 'Content-Type': 'image/jpeg', 'Content-Security-Policy': INERT_CSP, 'Cache-Control': 'private, no-cache' });
    res.send(jpeg);
  });
  return r;
}

/**
 * Media are served inert: the type comes from the sniffed record, nosniff and a sandboxing CSP stop a
 * browser from running anything, and content addressing makes them safe to cache forever.
 */
export function mediaFileRoutes(deps: Deps, quotas: PublicQuotas): Router {
  const r = Router();
  r.get('/:id', async (req, res) => {
    const { id } = parseParams(MediaParams, req);
    const m = await deps.store.media.get(id);
    if (!m) throw new AppError('not_found', `No media file ${id}.`);
    res.setHeader('Content-Type', m.mime);
    res.setHeader('Content-Security-Policy', INERT_CSP);
    res.setHeader('Content-Disposition', 'inline');
    res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
    // The content hash is the strongest validator there is, and it is the same on every node.
    res.setHeader('ETag', `"${id}"`);
    // A file read from disk (and hashed on the way out) is counted; a player's revalidation is not.
    if (!req.fresh) await quotas.mediaFiles(req, res);
    const file = mediaPath(mediaDir(deps), id);
    if (await sendVerified(req, res, file, id, deps.log)) return;
    res.sendFile(file, { maxAge: '365d', immutable: true, acceptRanges: true, etag: false, lastModified: false });
  });
  return r;
}
