import type { Role, StaffUser } from '@hcc/shared/schemas/staff';
import { hasRole } from '@hcc/shared/schemas/staff';
import type { Request, RequestHandler, Response } from 'express';
import type { Deps } from '../context';
import { AppError } from '../http/errors';
import { sha256 } from '../security/tokens';

export const SESSION_COOKIE = 'hcc_sid';
export const SESSION_TTL_MS = 12 * 3600_000;

/**
 * A cookie's value, or null when it is absent or not valid percent-encoding (`%E0%A4%A`): a broken
 * cookie is no credential, so the caller answers as for a missing one (401), never a 500.
 */
export function readCookie(header: string | undefined, name: string): string | null {
  if (!header) return null;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) {
      try {
        return decodeURIComponent(part.slice(eq + 1).trim());
      } catch {
        return null;
      }
    }
  }
  return null;
}

/**
 * Whether a cookie set on this request must be Secure: the public address is https, or the request
 * reached a trusted proxy over https (Express's req.secure believes X-Forwarded-Proto only from the
 * proxies TRUST_PROXY names).
 */
export const isSecureRequest = (req: Request, publicUrl: string | undefined) => (publicUrl?.startsWith('https:') ?? false) || req.secure;

/** A live session: its enabled user, the hash it is stored (and its staff sockets grouped) under, and when it ends. */
export interface StaffSession {
  user: StaffUser;
  idHash: string;
  expiresAt: string;
}

/** Resolve a session cookie to its live session, or null (unknown, expired or disabled). */
export async function sessionForCookie(deps: Deps, cookieHeader: string | undefined): Promise<StaffSession | null> {
  const sid = readCookie(cookieHeader, SESSION_COOKIE);
  if (!sid) return null;
  const idHash = sha256(sid);
  const session = await deps.store.sessions.get(idHash);
  if (!session || session.expiresAt <= deps.clock().toISOString()) return null;
  const user = await deps.store.users.get(session.userId);
  if (!user || user.disabled) return null;
  const { passwordHash: _omit, ...staff } = user;
  return { user: staff, idHash, expiresAt: session.expiresAt };
}

/** Resolve a session cookie to an enabled user, or null (unknown, expired or disabled). */
export const userForSessionCookie = async (deps: Deps, cookieHeader: string | undefined): Promise<StaffUser | null> => (await sessionForCookie(deps, cookieHeader))?.user ?? null;

export function staffOf(res: Response): StaffUser {
  const user = res.locals['user'] as StaffUser | undefined;
  if (!user) throw new Error('staffOf called on a route without requireStaff');
  return user;
}

/** Staff routes: a live session and at least `role`. */
export function requireStaff(deps: Deps, role: Role): RequestHandler {
  return async (req, res, next) => {
    const user = await userForSessionCookie(deps, req.headers.cookie);
    if (!user) throw new AppError('unauthorized', 'Sign in first: the session is missing or has expired.');
    if (!hasRole(user.role, role)) throw new AppError('forbidden', `This action needs the ${role} role; you are ${user.role}.`);
    res.locals['user'] = user;
    next();
  };
}
