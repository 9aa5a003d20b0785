import { LoginSchema } from '@hcc/shared/schemas/staff';
import { Router } from 'express';
import { type Deps, isoNow } from '../context';
import { AppError } from '../http/errors';
import { parseBody } from '../http/parse';
import { randomToken, sha256, verifyPassword } from '../security/tokens';
import { FailureLimiter } from './rate-limit';
import { readCookie, requireStaff, SESSION_COOKIE, SESSION_TTL_MS, staffOf } from './session';

const MAX_FAILURES = 5;
const WINDOW_MS = 15 * 60_000;

export function authRoutes(deps: Deps): Router {
  const r = Router();
  const limiter = new FailureLimiter(MAX_FAILURES, WINDOW_MS);
  const secureCookie = deps.config.publicUrl?.startsWith('https:') ?? false;

  r.post('/login', async (req, res) => {
    const { username, password } = parseBody(LoginSchema, req);
    const now = deps.clock();
    // Keyed by address and name together: one person mistyping does not lock out the whole centre's NAT.
    const key = `${req.ip}|${username.toLowerCase()}`;
    const wait = limiter.retryAfterMs(key, now.getTime());
    if (wait > 0) {
      res.setHeader('Retry-After', String(Math.ceil(wait / 1000)));
      throw new AppError('rate_limited', `Too many failed sign-ins; try again in ${Math.ceil(wait / 60_000)} minute(s).`);
    }
    const user = await deps.store.users.getByUsername(username.trim().toLowerCase());
    const good = user && !user.disabled && (await verifyPassword(password, user.passwordHash));
    if (!user || !good) {
      limiter.fail(key, now.getTime());
      throw new AppError('unauthorized', 'Wrong username or password.');
    }
    limiter.reset(key);
    const sid = randomToken();
    const expiresAt = new Date(now.getTime() + SESSION_TTL_MS);
    await deps.store.sessions.create({ idHash: sha256(sid), userId: user.id, createdAt: now.toISOString(), expiresAt: expiresAt.toISOString() });
    await deps.store.sessions.deleteExpired(now.toISOString());
    res.cookie(SESSION_COOKIE, sid, { httpOnly: true, sameSite: 'strict', secure: secureCookie, path: '/', expires: expiresAt });
    const { passwordHash: _omit, ...staff } = user;
    deps.log.info({ user: user.username }, 'staff signed in');
    res.json({ user: staff });
  });

  r.post('/logout', async (req, res) => {
    const sid = readCookie(req.headers.cookie, SESSION_COOKIE);
    if (sid) await deps.store.sessions.delete(sha256(sid));
    res.clearCookie(SESSION_COOKIE, { path: '/' });
    res.json({ ok: true, at: isoNow(deps.clock) });
  });

  r.get('/me', requireStaff(deps, 'viewer'), (_req, res) => {
    res.json({ user: staffOf(res) });
  });

  return r;
}
