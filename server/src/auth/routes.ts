import { authApi } from '@hcc/shared/api/staff';
import { type Request, type Response, Router } from 'express';
import { type Deps, isoNow } from '../context';
import { AppError } from '../http/errors';
import { contractRoutes } from '../http/contract-route';
import type { Hub } from '../realtime/hub';
import type { MakeLimiter } from '../security/limits';
import { hashPassword, randomToken, sha256, verifyPassword } from '../security/tokens';
import { LoginLimits } from './login-limits';
import { isSecureRequest, readCookie, requireStaff, SESSION_COOKIE, SESSION_TTL_MS, staffOf } from './session';

/** The name as the account look-up reads it: every limit is keyed on this, never on what was typed. */
export const normaliseUsername = (typed: string) => typed.normalize('NFKC').trim().toLowerCase();

export function authRoutes(deps: Deps, makeLimiter: MakeLimiter, hub: Hub): Router {
  const r = Router();
  const limits = new LoginLimits(makeLimiter, deps.config.limits.login, deps.log);
  // An unknown (or disabled) name is checked against this hash, so its answer takes as long as a real
  // account's and the timing does not tell who exists. Made on first need, not at every start.
  let dummyHash: Promise<string> | null = null;
  const dummy = () => (dummyHash ??= hashPassword(randomToken()));

  /** The enabled account these credentials open, or a refusal; a failure is counted before this returns. */
  const checkCredentials = async (req: Request, res: Response, username: string, password: string) => {
    const wait = await limits.waitS(req.ip, username);
    if (wait > 0) {
      res.setHeader('Retry-After', String(wait));
      throw new AppError('rate_limited', `Too many failed sign-ins; try again in ${Math.ceil(wait / 60)} minute(s).`);
    }
    const user = await deps.store.users.getByUsername(username);
    const matches = await verifyPassword(password, user?.passwordHash ?? (await dummy()));
    if (!user || user.disabled || !matches) {
      await limits.failed(req.ip, username);
      throw new AppError('unauthorized', 'Wrong username or password.');
    }
    await limits.succeeded(req.ip, username);
    return user;
  };

  const on = contractRoutes(r, '/api/auth');
  on(authApi.login, async ({ body: typed, req, res }) => {
    const username = normaliseUsername(typed.username);
    const now = deps.clock();
    // Held until a failure is counted, so the next attempt from this network sees it.
    const done = await limits.startCheck(req.ip);
    if (!done) {
      res.setHeader('Retry-After', '1');
      throw new AppError('rate_limited', 'Too many sign-ins from this network at once; try again in a moment.');
    }
    const user = await checkCredentials(req, res, username, typed.password).finally(done);
    const sid = randomToken();
    const expiresAt = new Date(now.getTime() + SESSION_TTL_MS);
    await deps.store.sessions.create({ idHash: sha256(sid), userId: user.id, createdAt: now.toISOString(), expiresAt: expiresAt.toISOString() });
    await deps.store.sessions.deleteExpired(now.toISOString());
    res.cookie(SESSION_COOKIE, sid, { httpOnly: true, sameSite: 'strict', secure: isSecureRequest(req, deps.config.publicUrl), path: '/', expires: expiresAt });
    const { passwordHash: _omit, ...staff } = user;
    deps.log.info({ user: user.username }, 'staff signed in');
    return { user: staff };
  });

  on(authApi.logout, async ({ req, res }) => {
    const sid = readCookie(req.headers.cookie, SESSION_COOKIE);
    if (sid) {
      await deps.store.sessions.delete(sha256(sid));
      // The console's live feed ends with the session, not at its next page load.
      hub.endStaffSessions({ sessionHash: sha256(sid) });
    }
    res.clearCookie(SESSION_COOKIE, { path: '/' });
    return { ok: true, at: isoNow(deps.clock) } as const;
  });

  on(authApi.me, requireStaff(deps, 'viewer'), ({ res }) => ({ user: staffOf(res) }));

  return r;
}
