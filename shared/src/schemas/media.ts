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
});
export type MediaAsset = z.infer<typeof MediaAssetSchema>;
