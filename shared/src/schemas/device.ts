import { z } from 'zod';
import { IdSchema, InstantSchema } from './common';

export const DeviceKindSchema = z.enum(['screen', 'kiosk']);
export type DeviceKind = z.infer<typeof DeviceKindSchema>;

export const PlayingSchema = z.object({ playlistId: IdSchema, version: z.number().int().positive() });

export const HeartbeatSchema = z.object({
  playing: PlayingSchema.nullable(),
  currentItemId: IdSchema.nullable(),
  uptimeMs: z.number().int().nonnegative(),
  cachedItems: z.number().int().nonnegative().optional(),
  jsHeapBytes: z.number().int().nonnegative().optional(),
  appVersion: z.string().max(50).optional(),
});
export type Heartbeat = z.infer<typeof HeartbeatSchema>;

export const DeviceSchema = z.object({
  id: IdSchema,
  kind: DeviceKindSchema,
  name: z.string().max(100),
  centreId: IdSchema,
  group: z.string().max(64).nullable(),
  status: z.enum(['active', 'revoked']),
  pairedAt: InstantSchema,
  lastSeenAt: InstantSchema.nullable(),
  online: z.boolean(),
  /** The version the player last acknowledged running. */
  playing: PlayingSchema.nullable(),
  /** The last heartbeat: what the screen wall shows (current item, uptime, cache, memory). */
  heartbeat: HeartbeatSchema.nullable(),
});
export type Device = z.infer<typeof DeviceSchema>;

/** Pairing: the device asks, shows the code, and polls with its claim secret until staff approve. */
export const PairingRequestSchema = z.object({ kind: DeviceKindSchema }).strict();
export const PairingTicketSchema = z.object({
  pairingId: IdSchema,
  code: z.string().regex(/^\d{6}$/),
  claimSecret: z.string().min(32),
  expiresAt: InstantSchema,
});
export type PairingTicket = z.infer<typeof PairingTicketSchema>;
export const PairingClaimSchema = z.object({ claimSecret: z.string().min(1).max(200) }).strict();
export const PairingClaimResultSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('pending'), expiresAt: InstantSchema }),
  z.object({ status: z.literal('paired'), deviceId: IdSchema, token: z.string(), centreId: IdSchema, kind: DeviceKindSchema }),
]);
export type PairingClaimResult = z.infer<typeof PairingClaimResultSchema>;

export const PairingApproveSchema = z
  .object({
    code: z.string().trim().regex(/^\d{6}$/, 'the pairing code has 6 digits'),
    name: z.string().trim().min(1, 'give the device a name').max(100),
    centreId: IdSchema,
    group: z.string().trim().min(1).max(64).nullable().default(null),
  })
  .strict();

