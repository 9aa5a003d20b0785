import { playlistApi } from '@hcc/shared/api/playlists';
import { expandCampaigns, includesCampaign } from '@hcc/shared/playlists/campaigns';
import { publishImpact } from '@hcc/shared/playlists/publish-impact';
import { placementsPlaying } from '@hcc/shared/playlists/targeting';
import { isCampaignRef, type PlaylistDraft, type PlaylistVersion } from '@hcc/shared/schemas/playlist';
import { Router } from 'express';
import { requireCentreScope } from '../auth/scope';
import { requireStaff, staffOf } from '../auth/session';
import type { Deps } from '../context';
import { AppError } from '../http/errors';
import { contractRoutes } from '../http/contract-route';
import type { Hub } from '../realtime/hub';
import { newId } from '../security/tokens';
import { findBrokenReferences } from './references';

export function playlistRoutes(deps: Deps, hub: Hub): Router {
  const r = Router();
  const editor = requireStaff(deps, 'editor');

  const load = async (id: string) => {
    const p = await deps.store.playlists.get(id);
    if (!p) throw new AppError('not_found', `No playlist ${id}.`);
    return p;
  };
  const checkDraft = async (d: Pick<PlaylistDraft, 'centreId' | 'items'>) => {
    if (!(await deps.store.centres.get(d.centreId))) throw new AppError('validation', `Unknown centre "${d.centreId}".`, [{ path: 'centreId', message: 'unknown centre' }]);
    const broken = await findBrokenReferences(deps.store, d.items);
    if (broken.length) throw new AppError('validation', `The playlist refers to things that do not exist: ${broken.map((b) => b.message).join('; ')}`, broken);
  };

  const on = contractRoutes(r, '/api/playlists');
  const viewer = requireStaff(deps, 'viewer');
  on(playlistApi.list, viewer, async () => ({ items: await deps.store.playlists.list() }));
  on(playlistApi.get, viewer, ({ params }) => load(params.id));
  on(playlistApi.create, editor, async ({ body: draft, res }) => {
    await requireCentreScope(deps, res, [draft.centreId, ...draft.target.centreIds]);
    await checkDraft(draft);
    const by = staffOf(res).username;
    const at = deps.clock().toISOString();
    const p = await deps.store.playlists.create(newId(), draft, by, at);
    await deps.store.audit.append({ at, actor: by, action: 'playlist.create', subject: p.id, before: null, after: p });
    hub.announcePlaylist({ playlistId: p.id, revision: p.revision, by });
    return p;
  });
  on(playlistApi.save, editor, async ({ params: { id }, body: { baseRevision, ...draft }, res }) => {
    const before = await load(id);
    await requireCentreScope(deps, res, [before.centreId, draft.centreId, ...draft.target.centreIds]);
    await checkDraft(draft);
    const by = staffOf(res).username;
    const at = deps.clock().toISOString();
    const out = await deps.store.playlists.save(id, draft, baseRevision, by, at);
    if (!out.ok && out.error === 'not_found') throw new AppError('not_found', `No playlist ${id}.`);
    if (!out.ok) {
      throw new AppError('conflict', `Someone else saved this playlist (now revision ${out.current.revision}, you started from ${baseRevision}); reload it, your changes were not saved.`);
    }
    await deps.store.audit.append({ at, actor: by, action: 'playlist.save', subject: id, before, after: out.playlist });
    hub.announcePlaylist({ playlistId: id, revision: out.playlist.revision, by });
    return out.playlist;
  });
  on(playlistApi.publish, editor, async ({ params, res }) => {
    const p = await load(params.id);
    await requireCentreScope(deps, res, [p.centreId]);
    if (p.items.length === 0) throw new AppError('validation', 'An empty playlist cannot be published: add at least one item.', [{ path: 'items', message: 'empty' }]);
    await checkDraft(p);
    const version = await publish(p.id, { name: p.name, centreId: p.centreId, target: p.target, ...(await expand(p, 'refuse')) }, staffOf(res).username, null);
    return { version };
  });
  /** Before a publish: which screens change and what they play now and after, by the rule the publish applies. */
  on(playlistApi.publishPreview, viewer, async ({ params }) => {
    const p = await load(params.id);
    const screens = (await deps.store.devices.list()).filter((d) => d.kind === 'screen' && d.status === 'active').map(({ id, name, centreId, group }) => ({ id, name, centreId, group }));
    return { screens: publishImpact({ playlistId: p.id, name: p.name, centreId: p.centreId, target: p.target }, await deps.store.playlists.latestVersions(), screens, deps.clock().toISOString()) };
  });
  on(playlistApi.versions, viewer, async ({ params: { id } }) => {
    await load(id);
    return { items: await deps.store.playlists.versions(id) };
  });
  on(playlistApi.rollback, editor, async ({ params: { id }, body: { version }, res }) => {
    const old = await deps.store.playlists.version(id, version);
    if (!old) throw new AppError('not_found', `Playlist ${id} has no version ${version}.`);
    await requireCentreScope(deps, res, [old.centreId]);
    // Its media may have been deleted since: screens would skip those items forever.
    await checkDraft(old);
    // The version comes back as it was, campaign items of the day included.
    const republished = await publish(
      id,
      { name: old.name, centreId: old.centreId, target: old.target, items: old.items, ...(old.source ? { source: old.source } : {}) },
      staffOf(res).username,
      version,
    );
    return { version: republished };
  });

  /**
   * A draft's items as screens will play them: campaign places filled with the campaigns' published
   * items. On a publish a campaign that is not available is refused; when a campaign changes under a
   * centre's playlist ('drop'), one the centre may no longer include just drops out.
   */
  async function expand(d: Pick<PlaylistDraft, 'centreId' | 'items'>, problems: 'refuse' | 'drop'): Promise<Pick<PlaylistVersion, 'items' | 'source'>> {
    if (!d.items.some(isCampaignRef)) return { items: d.items.filter((i) => !isCampaignRef(i)) };
    const latest = new Map((await deps.store.playlists.latestVersions()).map((v) => [v.playlistId, v]));
    const out = expandCampaigns(d.items, d.centreId, latest, await deps.store.centres.list());
    if (out.problems.length && problems === 'refuse')
      throw new AppError('validation', `The playlist's campaigns cannot be put in place: ${out.problems.map((x) => x.message).join('; ')}`, out.problems);
    return { items: out.items, source: d.items };
  }

  /** Versions are immutable; a rollback is a new version carrying an old one's content. */
  async function publish(id: string, content: Pick<PlaylistVersion, 'name' | 'centreId' | 'target' | 'items' | 'source'>, by: string, rollbackOf: number | null) {
    const at = deps.clock().toISOString();
    const v = await deps.store.playlists.publish(id, { playlistId: id, ...content, publishedAt: at, publishedBy: by, rollbackOf }, (pub) => ({
      at,
      actor: by,
      action: rollbackOf ? 'playlist.rollback' : 'playlist.publish',
      subject: id,
      before: null,
      after: { version: pub.version, rollbackOf },
    }));
    if (!v) throw new AppError('not_found', `No playlist ${id}.`);
    // Read once: what is on air now, this version included, decides both who gets it and what it changes.
    const onAir = await deps.store.playlists.latestVersions();
    // Screens of centres that play a playlist of their own keep it; a campaign reaches them through it.
    hub.pushVersion(v, placementsPlaying(v, onAir));
    hub.announcePublish({ playlistId: id, version: v.version, by });
    deps.log.info({ playlist: id, version: v.version, by }, rollbackOf ? 'playlist rolled back' : 'playlist published');
    await republishIncluding(v, onAir, by);
    return v;
  }

  /** A campaign's new version goes out in every centre playlist on air that includes it, as a new version of each. */
  async function republishIncluding(campaign: PlaylistVersion, onAir: readonly PlaylistVersion[], by: string) {
    for (const v of onAir) {
      if (v.playlistId === campaign.playlistId || !includesCampaign(v.source, campaign.playlistId)) continue;
      const source = v.source ?? [];
      await publish(
        v.playlistId,
        { name: v.name, centreId: v.centreId, target: v.target, ...(await expand({ centreId: v.centreId, items: source }, 'drop')) },
        `${by} (chiến dịch ${campaign.name})`,
        null,
      );
    }
  }

  return r;
}
