import { procedureApi } from '@hcc/shared/api/procedures';
import { Router } from 'express';
import * as z from 'zod/mini';
import type { Deps } from '../context';
import { AppError } from '../http/errors';
import { contractRoutes } from '../http/contract-route';
import { encodedBodies } from '../http/encoded-body';
import { parseQuery } from '../http/parse';
import { networkQuotaGuard, type PublicQuotas } from '../security/network-quota';
import type { Catalogue } from './catalogue';

/**
 * The catalogue is public information: kiosks and citizens' phones read it without signing in. What
 * costs work is bounded per network: a search runs the ranking over the whole catalogue, an index is
 * a megabyte sent (a revalidation that answers 304 is free).
 */
export function procedureRoutes(deps: Deps, catalogue: Catalogue, quotas: PublicQuotas): Router {
  const r = Router();
  const sendEncoded = encodedBodies();
  const on = contractRoutes(r, '/api/procedures');
  on(procedureApi.search, networkQuotaGuard(quotas.searches), async ({ query: { q, limit, centre } }) => {
    if (centre && !(await deps.store.centres.get(centre))) throw new AppError('not_found', `Unknown centre "${centre}".`);
    const gap = catalogue.gapFor(q);
    return { items: await catalogue.search(q, limit, centre), ...(gap ? { gap } : {}) };
  });
  r.get('/index', async (req, res) => {
    const { centre } = parseQuery(z.strictObject({ centre: z.optional(z.string().check(z.maxLength(64))) }), req);
    if (centre && !(await deps.store.centres.get(centre))) throw new AppError('not_found', `Unknown centre "${centre}".`);
    const etag = `"${catalogue.version}-${centre ?? 'all'}"`;
    res.setHeader('ETag', etag);
    // Revalidated every time: a 304 costs nothing, and a new import must reach kiosks at once.
    res.setHeader('Cache-Control', 'no-cache');
    if (req.headers['if-none-match'] === etag) return void res.status(304).end();
    await quotas.indexDownloads(req, res);
    const body = await catalogue.indexBody(centre);
    res.type('json');
    await sendEncoded(req, res, body);
  });
  on(procedureApi.get, networkQuotaGuard(quotas.reads), async ({ params: { code } }) => {
    const p = await deps.store.procedures.get(code);
    if (!p) throw new AppError('not_found', `No procedure with code ${code}.`);
    return p;
  });
  return r;
}
