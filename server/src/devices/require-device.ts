import type { RequestHandler, Response } from 'express';
import type { Deps } from '../context';
import { AppError } from '../http/errors';
import { deviceForToken } from './pairing';
import type { DeviceRecord } from './store';

export function requireDevice(deps: Deps): RequestHandler {
  return async (req, res, next) => {
    const header = req.headers.authorization ?? '';
    const token = header.startsWith('Bearer ') ? header.slice(7).trim() : undefined;
    const device = await deviceForToken(deps, token);
    if (!device) throw new AppError('unauthorized', 'This device is not paired, or its pairing was revoked.');
    res.locals['device'] = device;
    next();
  };
}

export function deviceOf(res: Response): DeviceRecord {
  const d = res.locals['device'] as DeviceRecord | undefined;
  if (!d) throw new Error('deviceOf called on a route without requireDevice');
  return d;
}
