import * as z from 'zod/mini';
import { MediaLibraryItemSchema, Sha256Schema } from '../schemas/media';
import { DoneSchema, itemsOf } from './common';
import { route } from './route';

/** Media are named by their content's hash. */
export const MediaParams = z.object({ id: Sha256Schema });

/**
 * The library's JSON routes. Uploads (POST /api/media, the file as the body), poster frames
 * (PUT/GET /api/media/:id/poster, a JPEG) and the files themselves (/media/:id) are not JSON and stay
 * outside the contract.
 */
export const mediaApi = {
  list: route({ method: 'GET', path: '/api/media', response: itemsOf(MediaLibraryItemSchema) }),
  /** Refused (409) while a playlist uses the file. */
  delete: route({ method: 'DELETE', path: '/api/media/:id', params: MediaParams, response: DoneSchema }),
};
