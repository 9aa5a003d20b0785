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
 * The one origin rule, for HTTP and for the staff socket alike: no Origin (nor Referer) means a
 * program, which another site's page cannot drive; otherwise the page must be this server's own,
 * under the address it was reached at or its PUBLIC_URL. An opaque ("null") or junk origin is refused.
 */
export function comesFromOwnPages(source: string | undefined, requestHost: string | undefined, publicUrl: string | undefined): boolean {
  if (source === undefined) return true;
  const host = hostOf(source);
  const publicHost = publicUrl ? hostOf(publicUrl) : null;
  return host !== null && (host === requestHost || host === publicHost);
}

/**
 * CSRF: a state-changing API call that carries a staff session must come from this server's own pages.
 * The SameSite=Strict cookie already stays home in current browsers; this is the second lock, for
 * older browsers and for sibling origins of the same site (another app on a subdomain is "same-site").
 * Browsers send Origin on every cross-origin POST, PUT, PATCH and DELETE, so a call with neither Origin
 * nor Referer comes from a program (curl, a script), which another site's page cannot drive.
 */
export function requireSameOrigin(publicUrl: string | undefined): RequestHandler {
  return (req, _res, next) => {
    if (SAFE_METHODS.has(req.method) || !readCookie(req.headers.cookie, SESSION_COOKIE)) return next();
    // req.host follows X-Forwarded-Host only from the trusted proxy; PUBLIC_URL covers a proxy that rewrites Host.
    if (comesFromOwnPages(req.headers.origin ?? req.headers.referer, req.host, publicUrl)) return next();
    throw new AppError('forbidden', 'Cross-site request refused: changes made with a staff session must come from this server’s own pages.');
  };
}
