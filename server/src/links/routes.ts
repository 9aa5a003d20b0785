import type { IncomingMessage } from 'node:http';
import { linkApi } from '@hcc/shared/api/links';
import type { LinkCheck } from '@hcc/shared/schemas/link';
import { Router } from 'express';
import { requireStaff } from '../auth/session';
import type { Deps } from '../context';
import { AppError } from '../http/errors';
import { contractRoutes } from '../http/contract-route';
import { pinnedRequest } from './pinned-request';
import { InternalAddressError } from './public-address';

const TIMEOUT_MS = 5_000;
/** What browsers follow is more; a QR link that needs more than this is worth a look anyway. */
const MAX_REDIRECTS = 5;

export interface LinkCheckOptions {
  /** Which resolved addresses may be called: public ones only, except in tests of the mechanics. */
  isAllowed?: (ip: string) => boolean;
}

/**
 * Whether a link staff are about to print as a QR code answers at all. A warning, not a rule: a centre's
 * server may sit behind a firewall that the citizens' phones do not. Editors only, and the answer is
 * reachable/status, nothing of the page. Internal addresses (see isPublicAddress) are never called, at
 * any hop of a redirect: the check would otherwise map the centre's network for whoever asks.
 * Throws InternalAddressError for those.
 */
export async function checkLink(url: string, opts: LinkCheckOptions = {}): Promise<LinkCheck> {
  if (url.startsWith('tel:')) return { reachable: true, status: null };
  const signal = AbortSignal.timeout(TIMEOUT_MS);
  try {
    let at = new URL(url);
    for (let hop = 0; ; hop++) {
      let res = await call(at, 'HEAD', signal, opts);
      // Some servers refuse HEAD; ask for the page before calling the link dead.
      if (res.statusCode === 405 || res.statusCode === 501) res = await call(at, 'GET', signal, opts);
      const status = res.statusCode ?? 0;
      const location = res.headers.location;
      if (status >= 300 && status < 400 && location) {
        if (hop >= MAX_REDIRECTS) return { reachable: false, reason: `more than ${MAX_REDIRECTS} redirects` };
        at = new URL(location, at);
        if (at.protocol !== 'http:' && at.protocol !== 'https:') return { reachable: false, reason: `redirects to a ${at.protocol} address` };
        continue;
      }
      return status < 400 ? { reachable: true, status } : { reachable: false, reason: `the server answered ${status}` };
    }
  } catch (err) {
    if (err instanceof InternalAddressError) throw err;
    const e = err as { name?: string; code?: string; message?: string };
    if (e.name === 'TimeoutError' || signal.aborted) return { reachable: false, reason: `no answer within ${TIMEOUT_MS / 1000} s` };
    return { reachable: false, reason: e.code ?? 'the address cannot be reached' };
  }
}

/** HEAD or GET for the status and headers only; the body is dropped. */
async function call(url: URL, method: 'HEAD' | 'GET', signal: AbortSignal, opts: LinkCheckOptions): Promise<IncomingMessage> {
  const res = await pinnedRequest(url, { method, signal, headers: { 'User-Agent': 'hcc-link-check' }, ...(opts.isAllowed ? { isAllowed: opts.isAllowed } : {}) });
  res.destroy();
  return res;
}

export function linkRoutes(deps: Deps): Router {
  const r = Router();
  contractRoutes(r, '/api/links')(linkApi.check, requireStaff(deps, 'editor'), async ({ body: { url } }) => {
    try {
      return await checkLink(url);
    } catch (err) {
      if (!(err instanceof InternalAddressError)) throw err;
      // Said the same way whether or not anything answers there: the refusal comes before any call.
      throw new AppError('validation', `The link points to an internal address (${err.host}): citizens' phones cannot open it, and the server does not call such addresses.`);
    }
  });
  return r;
}
