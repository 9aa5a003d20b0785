import type { RequestHandler } from 'express';
import { AppError } from '../http/errors';
import { readCookie, SESSION_COOKIE } from './session';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Host and port of the page a request says it came from; null for an opaque origin ("null") or junk. */
function hostOf(source: string): string | null {
  try {
    return new URL(source).host || null;
  } catch {
    return null;
  }
}

/**
 * CSRF: a state-changing API call that carries a staff session must come from this server's own pages.
 * The SameSite=Strict cookie already stays home in current browsers; this is the second lock, for
 * older browsers and for sibling origins of the same site (another app on a subdomain is "same-site").
 * Browsers send Origin on every cross-origin POST, PUT, PATCH and DELETE, so a call with neither Origin
 * nor Referer comes from a program (curl, a script), which another site's page cannot drive.
 */
export function requireSameOrigin(publicUrl: string | undefined): RequestHandler {
  const publicHost = publicUrl ? hostOf(publicUrl) : null;
  return (req, _res, next) => {
    if (SAFE_METHODS.has(req.method) || !readCookie(req.headers.cookie, SESSION_COOKIE)) return next();
    const source = req.headers.origin ?? req.headers.referer;
    if (source === undefined) return next();
    const host = hostOf(source);
    // req.host follows X-Forwarded-Host only from the trusted (loopback) proxy; PUBLIC_URL covers a proxy that rewrites Host.
    if (host !== null && (host === req.host || host === publicHost)) return next();
    throw new AppError('forbidden', 'Cross-site request refused: changes made with a staff session must come from this server’s own pages.');
  };
}
