import type { Response } from 'express';
import { staffOf } from '../auth/session';
import { AppError } from '../http/errors';
import { type MakeLimiter, take } from './limits';

/**
 * A bound on what one signed-in staff member may have the server do per window, for the requests that
 * cost far more than they carry (a year's report, a walk of the whole log). Keyed on the account, not
 * the address: a session is what such a request needs, and a console behind a proxy shares an address.
 * Call it after the request is known to be valid, so a mistyped period costs nothing.
 */
export function staffQuota(makeLimiter: MakeLimiter, name: string, limit: { perUser: number; windowS: number }, what: string): (res: Response) => Promise<void> {
  const limiter = makeLimiter({ name, points: limit.perUser, durationS: limit.windowS });
  return async (res) => {
    const wait = await take(limiter, staffOf(res).id);
    if (wait === 0) return;
    res.setHeader('Retry-After', String(wait));
    throw new AppError('rate_limited', `More than ${limit.perUser} ${what} in ${Math.round(limit.windowS / 60)} minutes from this account; try again in ${Math.ceil(wait / 60)} minute(s).`);
  };
}
