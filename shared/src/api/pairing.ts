import * as z from 'zod/mini';
import { CentreSchema } from '../schemas/centre';
import { InstantSchema } from '../schemas/common';
import { DeviceKindSchema, DeviceSchema, PairingApproveSchema, PairingClaimResultSchema, PairingClaimSchema, PairingRequestSchema, PairingTicketSchema } from '../schemas/device';
import { IdParams, itemsOf } from './common';
import { route } from './route';

/*
 * What a device needs before it plays anything: pairing, and for a kiosk its centre. Apart from the
 * rest of the devices' routes so the kiosk does not carry the playlist schemas the player's bootstrap
 * answer holds.
 */

export const PendingPairingSchema = z.object({ pairingId: z.string(), code: z.string(), kind: DeviceKindSchema, createdAt: InstantSchema, expiresAt: InstantSchema });
export type PendingPairing = z.infer<typeof PendingPairingSchema>;

/** A new screen or kiosk asks for a code, polls its claim, and staff approve the code in the console. */
export const pairingApi = {
  request: route({ method: 'POST', path: '/api/pairings', body: PairingRequestSchema, response: PairingTicketSchema, status: 201 }),
  claim: route({ method: 'POST', path: '/api/pairings/:id/claim', params: IdParams, body: PairingClaimSchema, response: PairingClaimResultSchema }),
  pending: route({ method: 'GET', path: '/api/pairings', response: itemsOf(PendingPairingSchema) }),
  approve: route({ method: 'POST', path: '/api/pairings/approve', body: PairingApproveSchema, response: z.object({ device: DeviceSchema }), status: 201 }),
};

/**
 * The same bootstrap as a kiosk reads it: its device and centre only (a kiosk plays no playlist), so
 * the kiosk does not carry the schema of every playlist item. Not in the contract's map: the route
 * there is `deviceSelfApi.bootstrap`, whose answer this is a part of.
 */
export const kioskBootstrap = route({ method: 'GET', path: '/api/device/bootstrap', response: z.object({ device: DeviceSchema, centre: CentreSchema }) });
