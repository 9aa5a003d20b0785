import { IdSchema } from '@hcc/shared/schemas/common';
import { PlaylistDraftSchema, type PlaylistDraft, PlaylistSaveSchema } from '@hcc/shared/schemas/playlist';
import { Router } from 'express';
import * as z from 'zod/mini';
import { requireStaff, staffOf } from '../auth/session';
import type { Deps } from '../context';
import { AppError } from '../http/errors';
import { parseBody, parseParams } from '../http/parse';
import type { Hub } from '../realtime/hub';
import { newId } from '../security/tokens';
import { findBrokenReferences } from './references';

const IdParams = z.object({ id: IdSchema });
const RollbackSchema = z.strictObject({ version: z.int().check(z.positive()) });

export function playlistRoutes(deps: Deps, hub: Hub): Router {
  const r = Router();
  const editor = requireStaff(deps, 'editor');

  const load = async (id: string) => {
    const p = await deps.store.playlists.get(id);
    if (!p) throw new AppError('not_found', `No playlist ${id}.`);
    return p;
  };
  const checkDraft = async (d: PlaylistDraft) => {
    if (!(await deps.store.centres.get(d.centreId))) throw new AppError('validation', `Unknown centre "${d.centreId}".`, [{ path: 'centreId', message: 'unknown centre' }]);
    const broken = await findBrokenReferences(deps.store, d.items);
    if (broken.length) throw new AppError('validation', `The playlist refers to things that do not exist: ${broken.map((b) => b.message).join('; ')}`, broken);
  };

  r.get('/', requireStaff(deps, 'viewer'), async (_req, res) => {
    res.json({ items: await deps.store.playlists.list() });
  });
  r.get('/:id', requireStaff(deps, 'viewer'), async (req, res) => {
    res.json(await load(parseParams(IdParams, req).id));
  });
  r.post('/', editor, async (req, res) => {
    const draft = parseBody(z.strictObject(PlaylistDraftSchema.shape), req);
    await checkDraft(draft);
    const by = staffOf(res).username;
    const at = deps.clock().toISOString();
    const p = await deps.store.playlists.create(newId(), draft, by, at);
    await deps.store.audit.append({ at, actor: by, action: 'playlist.create', subject: p.id, before: null, after: p });
    hub.announcePlaylist({ playlistId: p.id, revision: p.revision, by });
    res.status(201).json(p);
  });
  r.put('/:id', editor, async (req, res) => {
    const { id } = parseParams(IdParams, req);
    const { baseRevision, ...draft } = parseBody(PlaylistSaveSchema, req);
    await checkDraft(draft);
    const by = staffOf(res).username;
    const at = deps.clock().toISOString();
    const before = await load(id);
    const out = await deps.store.playlists.save(id, draft, baseRevision, by, at);
    if (!out.ok && out.error === 'not_found') throw new AppError('not_found', `No playlist ${id}.`);
    if (!out.ok) {
      throw new AppError('conflict', `Someone else saved this playlist (now revision ${out.current.revision}, you started from ${baseRevision}); reload it, your changes were not saved.`);
    }
    await deps.store.audit.append({ at, actor: by, action: 'playlist.save', subject: id, before, after: out.playlist });
    hub.announcePlaylist({ playlistId: id, revision: out.playlist.revision, by });
    res.json(out.playlist);
  });
  r.post('/:id/publish', editor, async (req, res) => {
    const p = await load(parseParams(IdParams, req).id);
    if (p.items.length === 0) throw new AppError('validation', 'An empty playlist cannot be published: add at least one item.', [{ path: 'items', message: 'empty' }]);
    await checkDraft(p);
    const version = await publish(p.id, { name: p.name, centreId: p.centreId, target: p.target, items: p.items }, staffOf(res).username, null);
    res.status(201).json({ version });
  });
  r.get('/:id/versions', requireStaff(deps, 'viewer'), async (req, res) => {
    const { id } = parseParams(IdParams, req);
    await load(id);
    res.json({ items: await deps.store.playlists.versions(id) });
  });
  r.post('/:id/rollback', editor, async (req, res) => {
    const { id } = parseParams(IdParams, req);
    const { version } = parseBody(RollbackSchema, req);
    const old = await deps.store.playlists.version(id, version);
    if (!old) throw new AppError('not_found', `Playlist ${id} has no version ${version}.`);
    // Its media may have been deleted since: screens would skip those items forever.
    await checkDraft(old);
    const republished = await publish(id, { name: old.name, centreId: old.centreId, target: old.target, items: old.items }, staffOf(res).username, version);
    res.status(201).json({ version: republished });
  });

  /** Versions are immutable; a rollback is a new version carrying an old one's content. */
  async function publish(id: string, content: Pick<PlaylistDraft, 'name' | 'centreId' | 'target' | 'items'>, by: string, rollbackOf: number | null) {
    const at = deps.clock().toISOString();
    const v = await deps.store.playlists.publish(id, { playlistId: id, ...content, publishedAt: at, publishedBy: by, rollbackOf });
    if (!v) throw new AppError('not_found', `No playlist ${id}.`);
    await deps.store.audit.append({ at, actor: by, action: rollbackOf ? 'playlist.rollback' : 'playlist.publish', subject: id, before: null, after: { version: v.version, rollbackOf } });
    hub.pushVersion(v);
    hub.announcePublish({ playlistId: id, version: v.version, by });
    deps.log.info({ playlist: id, version: v.version, by }, rollbackOf ? 'playlist rolled back' : 'playlist published');
    return v;
  }

  return r;
}
