import { DeviceBootstrapSchema } from '../schemas/bootstrap';
import { HeartbeatSchema } from '../schemas/device';
import { DoneSchema } from './common';
import { route } from './route';

/*
 * What a paired player asks about itself, with its device token. Apart from the staff's device routes
 * (devices.ts) because the bootstrap answer holds the schema of every playlist item: the console's
 * home screen, which lists the devices, would otherwise build all of them before its first paint.
 */
export const deviceSelfApi = {
  /** What a paired player or kiosk needs to start, before its socket is up. */
  bootstrap: route({ method: 'GET', path: '/api/device/bootstrap', response: DeviceBootstrapSchema }),
  /** The heartbeat over HTTP, when the socket cannot get through (a proxy that blocks WebSocket). */
  heartbeat: route({ method: 'POST', path: '/api/device/heartbeat', body: HeartbeatSchema, response: DoneSchema }),
};
