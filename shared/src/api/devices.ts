import * as z from 'zod/mini';
import { DeviceBootstrapSchema } from '../schemas/bootstrap';
import { InstantSchema } from '../schemas/common';
import { DeviceKindSchema, DeviceSchema, HeartbeatSchema, DeviceUpdateSchema, PairingApproveSchema, PairingClaimResultSchema, PairingClaimSchema, PairingRequestSchema, PairingTicketSchema } from '../schemas/device';
import { DoneSchema, IdParams, itemsOf } from './common';
import { route } from './route';

export const PendingPairingSchema = z.object({ pairingId: z.string(), code: z.string(), kind: DeviceKindSchema, createdAt: InstantSchema, expiresAt: InstantSchema });
export type PendingPairing = z.infer<typeof PendingPairingSchema>;

/** A new screen or kiosk asks for a code, polls its claim, and staff approve the code in the console. */
export const pairingApi = {
  request: route({ method: 'POST', path: '/api/pairings', body: PairingRequestSchema, response: PairingTicketSchema, status: 201 }),
  claim: route({ method: 'POST', path: '/api/pairings/:id/claim', params: IdParams, body: PairingClaimSchema, response: PairingClaimResultSchema }),
  pending: route({ method: 'GET', path: '/api/pairings', response: itemsOf(PendingPairingSchema) }),
  approve: route({ method: 'POST', path: '/api/pairings/approve', body: PairingApproveSchema, response: z.object({ device: DeviceSchema }), status: 201 }),
};

export const deviceApi = {
  list: route({ method: 'GET', path: '/api/devices', response: itemsOf(DeviceSchema) }),
  update: route({ method: 'PATCH', path: '/api/devices/:id', params: IdParams, body: DeviceUpdateSchema, response: z.object({ device: DeviceSchema }) }),
  revoke: route({ method: 'POST', path: '/api/devices/:id/revoke', params: IdParams, response: z.object({ device: z.nullable(DeviceSchema) }) }),
  reload: route({ method: 'POST', path: '/api/devices/:id/reload', params: IdParams, response: DoneSchema }),
  /** Asks the screen for a thumbnail now; the JPEG itself is a download at `url`. */
  screenshot: route({ method: 'POST', path: '/api/devices/:id/screenshot', params: IdParams, response: z.object({ takenAt: InstantSchema, url: z.string() }), status: 201 }),
  /** What a paired player or kiosk needs to start, before its socket is up. */
  bootstrap: route({ method: 'GET', path: '/api/device/bootstrap', response: DeviceBootstrapSchema }),
  /** The heartbeat over HTTP, when the socket cannot get through (a proxy that blocks WebSocket). */
  heartbeat: route({ method: 'POST', path: '/api/device/heartbeat', body: HeartbeatSchema, response: DoneSchema }),
};
