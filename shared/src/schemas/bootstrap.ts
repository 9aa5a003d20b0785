import * as z from 'zod/mini';
import { CentreSchema } from './centre';
import { InstantSchema } from './common';
import { DeviceSchema } from './device';
import { EmergencySchema } from './emergency';
import { PlaylistVersionSchema } from './playlist';

/** What GET /api/device/bootstrap returns: enough for a player to start before its socket is up. */
export const PlaylistPushSchema = z.object({ version: PlaylistVersionSchema, serverTime: InstantSchema });
export const DeviceBootstrapSchema = z.object({
  device: DeviceSchema,
  centre: CentreSchema,
  push: z.nullable(PlaylistPushSchema),
  emergencies: z.array(EmergencySchema),
});
export type DeviceBootstrap = z.infer<typeof DeviceBootstrapSchema>;
