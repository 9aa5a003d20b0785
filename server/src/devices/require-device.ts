import type { DeviceKind } from '@hcc/shared/schemas/device';
import type { Request, RequestHandler, Response } from 'express';
import type { Deps } from '../context';
import { AppError } from '../http/errors';
import { deviceForToken } from './pairing';
import type { DeviceRecord } from './repo';

const bearerOf = (req: Request) => {
  const header = req.headers.authorization ?? '';
  return header.startsWith('Bearer ') ? header.slice(7).trim() : undefined;
};

/** The paired device a request speaks for, of `kind` when given: 401 without a live token, 403 for another kind. */
export async function deviceOfRequest(deps: Deps, req: Request, kind?: DeviceKind): Promise<DeviceRecord> {
  const device = await deviceForToken(deps, bearerOf(req));
  if (!device)
    throw new AppError(
      'unauthorized',
      kind === 'kiosk' ? 'Only a paired kiosk may send this: pair the kiosk in the console (Devices), or its pairing was revoked.' : 'This device is not paired, or its pairing was revoked.',
    );
  if (kind && device.kind !== kind) throw new AppError('forbidden', `Only a paired ${kind} may send this; device ${device.id} is a ${device.kind}.`);
  return device;
}

export function requireDevice(deps: Deps, kind?: DeviceKind): RequestHandler {
  return async (req, res, next) => {
    res.locals['device'] = await deviceOfRequest(deps, req, kind);
    next();
  };
}

export function deviceOf(res: Response): DeviceRecord {
  const d = res.locals['device'] as DeviceRecord | undefined;
  if (!d) throw new Error('deviceOf called on a route without requireDevice');
  return d;
}
