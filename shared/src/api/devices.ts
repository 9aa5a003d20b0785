import * as z from 'zod/mini';
import { InstantSchema } from '../schemas/common';
import { DeviceSchema, DeviceUpdateSchema } from '../schemas/device';
import { DoneSchema, IdParams, itemsOf } from './common';
import { route } from './route';

export const deviceApi = {
  list: route({ method: 'GET', path: '/api/devices', response: itemsOf(DeviceSchema) }),
  update: route({ method: 'PATCH', path: '/api/devices/:id', params: IdParams, body: DeviceUpdateSchema, response: z.object({ device: DeviceSchema }) }),
  revoke: route({ method: 'POST', path: '/api/devices/:id/revoke', params: IdParams, response: z.object({ device: z.nullable(DeviceSchema) }) }),
  reload: route({ method: 'POST', path: '/api/devices/:id/reload', params: IdParams, response: DoneSchema }),
  /** Asks the screen for a thumbnail now; the JPEG itself is a download at `url`. */
  screenshot: route({ method: 'POST', path: '/api/devices/:id/screenshot', params: IdParams, response: z.object({ takenAt: InstantSchema, url: z.string() }), status: 201 }),
};
