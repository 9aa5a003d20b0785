import * as z from 'zod/mini';
import { CentreSchema } from './centre';
import { InstantSchema } from './common';
import { DeviceSchema } from './device';
import { EmergencySchema } from './emergency';
import { PlaylistVersionSchema } from './playlist';

/** What a screen is given of a version: `source`, the draft with its campaign places, is the console's. */
const PlayedVersionSchema = z.omit(PlaylistVersionSchema, { source: true });
export const PlaylistPushSchema = z.object({ version: PlayedVersionSchema, serverTime: InstantSchema });
/** What GET /api/device/bootstrap returns: enough for a player to start before its socket is up. */
export const DeviceBootstrapSchema = z.object({
  device: DeviceSchema,
  centre: CentreSchema,
  push: z.nullable(PlaylistPushSchema),
  emergencies: z.array(EmergencySchema),
});
export type DeviceBootstrap = z.infer<typeof DeviceBootstrapSchema>;
