import * as z from 'zod/mini';
import { IdSchema, InstantSchema } from './common';

export const DeviceKindSchema = z.enum(['screen', 'kiosk']);
export type DeviceKind = z.infer<typeof DeviceKindSchema>;

const Count = z.int().check(z.minimum(0));

export const PlayingSchema = z.object({ playlistId: IdSchema, version: z.int().check(z.positive()) });

/** How often a screen says it is alive: over its socket, or over HTTP when the socket cannot get through. */
export const HEARTBEAT_MS = 30_000;

export const HeartbeatSchema = z.object({
  playing: z.nullable(PlayingSchema),
  currentItemId: z.nullable(IdSchema),
  uptimeMs: Count,
  cachedItems: z.optional(Count),
  jsHeapBytes: z.optional(Count),
  appVersion: z.optional(z.string().check(z.maxLength(50))),
  /** Items the player skips because they failed to show (a file that does not decode): the screen wall flags them. */
  failedItemIds: z.optional(z.array(IdSchema).check(z.maxLength(50))),
});
export type Heartbeat = z.infer<typeof HeartbeatSchema>;

export const DeviceSchema = z.object({
  id: IdSchema,
  kind: DeviceKindSchema,
  name: z.string().check(z.maxLength(100)),
  centreId: IdSchema,
  group: z.nullable(z.string().check(z.maxLength(64))),
  status: z.enum(['active', 'revoked']),
  pairedAt: InstantSchema,
  lastSeenAt: z.nullable(InstantSchema),
  online: z.boolean(),
  /** The version the player last acknowledged running. */
  playing: z.nullable(PlayingSchema),
  /** The last heartbeat: what the screen wall shows (current item, uptime, cache, memory). */
  heartbeat: z.nullable(HeartbeatSchema),
});
export type Device = z.infer<typeof DeviceSchema>;

/** A JPEG thumbnail of what a screen shows, base64; 300 KB of base64 is far above a 480 px frame. */
export const SCREENSHOT_MAX_BASE64 = 300_000;
export const ScreenshotSchema = z.strictObject({
  jpegBase64: z.string().check(z.minLength(1), z.maxLength(SCREENSHOT_MAX_BASE64, 'the screenshot is too large'), z.regex(/^[A-Za-z0-9+/]+={0,2}$/, 'must be base64')),
});

const DeviceName = z.string().check(z.trim(), z.minLength(1, 'give the device a name'), z.maxLength(100));
const DeviceGroup = z.nullable(z.string().check(z.trim(), z.minLength(1), z.maxLength(64)));

/** Pairing: the device asks, shows the code, and polls with its claim secret until staff approve. */
export const PairingRequestSchema = z.strictObject({ kind: DeviceKindSchema });
export const PairingTicketSchema = z.object({
  pairingId: IdSchema,
  code: z.string().check(z.regex(/^\d{6}$/)),
  claimSecret: z.string().check(z.minLength(32)),
  expiresAt: InstantSchema,
});
export type PairingTicket = z.infer<typeof PairingTicketSchema>;
export const PairingClaimSchema = z.strictObject({ claimSecret: z.string().check(z.minLength(1), z.maxLength(200)) });
export const PairingClaimResultSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('pending'), expiresAt: InstantSchema }),
  z.object({ status: z.literal('paired'), deviceId: IdSchema, token: z.string(), centreId: IdSchema, kind: DeviceKindSchema }),
]);
export type PairingClaimResult = z.infer<typeof PairingClaimResultSchema>;

export const PairingApproveSchema = z.strictObject({
  code: z.string().check(z.trim(), z.regex(/^\d{6}$/, 'the pairing code has 6 digits')),
  name: DeviceName,
  centreId: IdSchema,
  group: z._default(DeviceGroup, null),
});

/** Rename a device, or move it to another centre or screen group; absent fields stay as they are. */
export const DeviceUpdateSchema = z
  .strictObject({ name: z.optional(DeviceName), centreId: z.optional(IdSchema), group: z.optional(DeviceGroup) })
  .check(z.refine((u) => Object.keys(u).length > 0, 'nothing to change'));
