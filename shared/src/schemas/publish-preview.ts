import * as z from 'zod/mini';
import { IdSchema } from './common';

/** A playlist version as a screen's row names it. */
export const OnAirRefSchema = z.object({ playlistId: IdSchema, name: z.string(), centreId: IdSchema, version: z.int().check(z.positive()) });
export type OnAirRef = z.infer<typeof OnAirRefSchema>;

/**
 * What a publish does to one screen:
 * - `replaces`: the screen stops its current playlist (another one) and plays this one instead;
 * - `starts`: the screen played nothing and will play this one;
 * - `updates`: the screen already plays this playlist and gets the new version;
 * - `through`: the screen plays a centre playlist that includes this one as a campaign: it gets the new items there;
 * - `stops`: the screen played this playlist but is no longer targeted: it falls back to `next` (maybe nothing);
 * - `keeps`: the screen is targeted but keeps its centre's own playlist, which comes first.
 */
export const ScreenEffectSchema = z.enum(['replaces', 'starts', 'updates', 'through', 'stops', 'keeps']);
export type ScreenEffect = z.infer<typeof ScreenEffectSchema>;

export const ScreenChangeSchema = z.object({
  screen: z.object({ id: IdSchema, name: z.string(), centreId: IdSchema, group: z.nullable(z.string()) }),
  effect: ScreenEffectSchema,
  now: z.nullable(OnAirRefSchema),
  next: z.nullable(OnAirRefSchema),
});
export type ScreenChange = z.infer<typeof ScreenChangeSchema>;

/** GET /api/playlists/:id/publish-preview: every screen a publish of the saved playlist touches. */
export const PublishPreviewSchema = z.object({ screens: z.array(ScreenChangeSchema) });
export type PublishPreview = z.infer<typeof PublishPreviewSchema>;
