import * as z from 'zod/mini';
import { InstantSchema } from './common';

/** The only types a player can show; everything else (SVG, HTML, scripts) is refused at upload. */
export const MediaMimeSchema = z.enum(['video/mp4', 'video/webm', 'image/jpeg', 'image/png', 'image/webp']);
export type MediaMime = z.infer<typeof MediaMimeSchema>;

export const Sha256Schema = z.string().check(z.regex(/^[a-f0-9]{64}$/, 'must be a sha256 hex digest'));

export const MediaAssetSchema = z.object({
  /** Content address: the same bytes uploaded twice are one asset. */
  id: Sha256Schema,
  kind: z.enum(['video', 'image']),
  mime: MediaMimeSchema,
  bytes: z.int().check(z.positive()),
  name: z.string().check(z.maxLength(255)),
  createdAt: InstantSchema,
  url: z.string(),
  /** A video's still frame, once a console has drawn one; null until then, and for images. */
  poster: z._default(z.nullable(z.string()), null),
});
export type MediaAsset = z.infer<typeof MediaAssetSchema>;

/** A playlist that uses a media file, in its draft or in the version its screens play now (onAir). */
export const MediaUseSchema = z.object({ playlistId: z.string(), playlistName: z.string(), onAir: z.boolean() });
export type MediaUse = z.infer<typeof MediaUseSchema>;

/** The library as staff see it: each file with where it is used, so deleting is never a guess. */
export const MediaLibraryItemSchema = z.extend(MediaAssetSchema, { usedBy: z.array(MediaUseSchema) });
export type MediaLibraryItem = z.infer<typeof MediaLibraryItemSchema>;
