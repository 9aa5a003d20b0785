import { type LinkCheck, LinkCheckRequestSchema } from '@hcc/shared/schemas/link';
import { Router } from 'express';
import { requireStaff } from '../auth/session';
import type { Deps } from '../context';
import { parseBody } from '../http/parse';

const TIMEOUT_MS = 5_000;

/**
 * Whether a link staff are about to print as a QR code answers at all. A warning, not a rule: a centre's
 * server may sit behind a firewall that the citizens' phones do not. Editors only, and the answer is
 * reachable/status, nothing of the page, so it cannot be used to read internal pages.
 */
export async function checkLink(url: string): Promise<LinkCheck> {
  if (url.startsWith('tel:')) return { reachable: true, status: null };
  const attempt = (method: 'HEAD' | 'GET') => fetch(url, { method, redirect: 'follow', signal: AbortSignal.timeout(TIMEOUT_MS) });
  try {
    let res = await attempt('HEAD');
    // Some servers refuse HEAD; ask for the page before calling the link dead.
    if (res.status === 405 || res.status === 501) res = await attempt('GET');
    await res.body?.cancel();
    return res.status < 400 ? { reachable: true, status: res.status } : { reachable: false, reason: `the server answered ${res.status}` };
  } catch (err) {
    const e = err as { name?: string; cause?: { code?: string; message?: string } };
    return { reachable: false, reason: e.name === 'TimeoutError' ? `no answer within ${TIMEOUT_MS / 1000} s` : (e.cause?.code ?? e.cause?.message ?? 'the address cannot be reached') };
  }
}

export function linkRoutes(deps: Deps): Router {
  const r = Router();
  r.post('/check', requireStaff(deps, 'editor'), async (req, res) => {
    const { url } = parseBody(LinkCheckRequestSchema, req);
    res.json(await checkLink(url));
  });
  return r;
}
