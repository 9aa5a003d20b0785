import * as z from 'zod/mini';
import { IdSchema } from '../schemas/common';
import { PlaylistDraftSchema, PlaylistItemSchema, PlaylistRollbackSchema, PlaylistSaveSchema, PlaylistSchema, PlaylistVersionSchema } from '../schemas/playlist';
import { PublishPreviewSchema } from '../schemas/publish-preview';
import { IdParams, itemsOf } from './common';
import { route } from './route';

const Published = z.object({ version: PlaylistVersionSchema });

export const playlistApi = {
  list: route({ method: 'GET', path: '/api/playlists', response: itemsOf(PlaylistSchema) }),
  get: route({ method: 'GET', path: '/api/playlists/:id', params: IdParams, response: PlaylistSchema }),
  create: route({ method: 'POST', path: '/api/playlists', body: z.strictObject(PlaylistDraftSchema.shape), response: PlaylistSchema, status: 201 }),
  /** Saves a draft; refused (409) when someone saved since `baseRevision`. */
  save: route({ method: 'PUT', path: '/api/playlists/:id', params: IdParams, body: PlaylistSaveSchema, response: PlaylistSchema }),
  publish: route({ method: 'POST', path: '/api/playlists/:id/publish', params: IdParams, response: Published, status: 201 }),
  /** Which screens a publish would change, and what they play now and after. */
  publishPreview: route({ method: 'GET', path: '/api/playlists/:id/publish-preview', params: IdParams, response: PublishPreviewSchema }),
  versions: route({ method: 'GET', path: '/api/playlists/:id/versions', params: IdParams, response: itemsOf(PlaylistVersionSchema) }),
  rollback: route({ method: 'POST', path: '/api/playlists/:id/rollback', params: IdParams, body: PlaylistRollbackSchema, response: Published, status: 201 }),
};

/**
 * Pictures of the slides the player draws, for the report's evidence: which a playlist still lacks.
 * The pictures themselves (PUT/GET /api/slide-pictures/:key, a JPEG) stay outside the contract.
 */
export const slidePictureApi = {
  missing: route({
    method: 'GET',
    path: '/api/slide-pictures',
    query: z.strictObject({ playlist: IdSchema }),
    response: z.object({ missing: z.array(z.object({ key: z.string(), item: PlaylistItemSchema })) }),
  }),
};
