import { slidePictureApi } from '@hcc/shared/api/playlists';
import { IdSchema } from '@hcc/shared/schemas/common';
import { Sha256Schema } from '@hcc/shared/schemas/media';
import { isCampaignRef, type PlaylistItem } from '@hcc/shared/schemas/playlist';
import { sniffMediaType } from '@hcc/shared/media/sniff';
import { slideContent } from '@hcc/shared/playlists/slide-content';
import express, { type Response, Router } from 'express';
import * as z from 'zod/mini';
import { requireCentreScope } from '../auth/scope';
import { requireStaff, staffOf } from '../auth/session';
import type { Deps } from '../context';
import { contractRoutes } from '../http/contract-route';
import { AppError } from '../http/errors';
import { parseParams, parseQuery } from '../http/parse';
import { slidePictureKey } from './slide-picture-repo';

const MAX_PICTURE_BYTES = 512 * 1024;
const PlaylistQuery = z.strictObject({ playlist: IdSchema });

/**
 * Pictures of the slides the player draws, for the report's evidence. The server has no browser, so
 * the console draws them with the player's own slide components and sends them here (as it does a
 * video's poster frame). A picture is accepted only for what an item of a playlist the staff member
 * may edit shows, and the first picture of a slide is kept: a picture cannot be swapped later under
 * another centre's identical slide.
 */
export function slidePictureRoutes(deps: Deps): Router {
  const r = Router();
  /** The slides of a playlist (its draft and every version it published), by picture key. */
  const slidesOf = async (res: Response, playlistId: string) => {
    const p = await deps.store.playlists.get(playlistId);
    if (!p) throw new AppError('not_found', `Không có danh sách phát ${playlistId}.`);
    await requireCentreScope(deps, res, [p.centreId]);
    const items: PlaylistItem[] = [...(await deps.store.playlists.versions(playlistId)).flatMap((v) => v.items), ...p.items.flatMap((i) => (isCampaignRef(i) ? [] : [i]))];
    const slides = new Map<string, PlaylistItem>();
    for (const item of items) {
      const content = slideContent(item);
      // The latest of identical slides is the one sent to be drawn: same picture, freshest title.
      if (content !== null) slides.set(slidePictureKey(content), item);
    }
    return slides;
  };

  // The slides of the playlist still without a picture, each with the item to draw it from.
  contractRoutes(r, '/api/slide-pictures')(slidePictureApi.missing, requireStaff(deps, 'editor'), async ({ query, res }) => {
    const slides = await slidesOf(res, query.playlist);
    const have = await deps.store.slidePictures.have([...slides.keys()]);
    return { missing: [...slides].filter(([key]) => !have.has(key)).map(([key, item]) => ({ key, item })) };
  });

  r.put('/:key', requireStaff(deps, 'editor'), express.raw({ type: () => true, limit: MAX_PICTURE_BYTES }), async (req, res) => {
    const { key } = parseParams(z.object({ key: Sha256Schema }), req);
    const slides = await slidesOf(res, parseQuery(PlaylistQuery, req).playlist);
    if (!slides.has(key)) throw new AppError('not_found', 'Không có trang trình chiếu nào như vậy trong danh sách phát này.');
    const body: unknown = req.body;
    if (!Buffer.isBuffer(body) || sniffMediaType(body.subarray(0, 64)) !== 'image/jpeg') throw new AppError('validation', 'Ảnh trang trình chiếu phải là ảnh JPEG.');
    const saved = await deps.store.slidePictures.save(key, body, deps.clock().toISOString(), staffOf(res).username);
    res.status(saved ? 201 : 200).json({ key, saved });
  });
  // One picture, for the console to show and for an auditor to see what the report will print.
  r.get('/:key', requireStaff(deps, 'viewer'), async (req, res) => {
    const { key } = parseParams(z.object({ key: Sha256Schema }), req);
    const jpeg = (await deps.store.slidePictures.get([key])).get(key);
    if (!jpeg) throw new AppError('not_found', 'Trang trình chiếu này chưa có ảnh.');
    res.type('image/jpeg').send(jpeg);
  });
  return r;
}
