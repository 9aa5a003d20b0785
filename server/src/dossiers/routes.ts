import { dossierApi } from '@hcc/shared/api/dossiers';
import { dossierNotFound, describeDossier } from '@hcc/shared/dossiers/describe';
import { dossierCodeKey } from '@hcc/shared/dossiers/code';
import type { Centre } from '@hcc/shared/schemas/centre';
import type { IntegrationToken } from '@hcc/shared/schemas/dossier';
import { type Request, type RequestHandler, type Response, Router } from 'express';
import { userForSessionCookie } from '../auth/session';
import type { Deps } from '../context';
import { deviceForToken } from '../devices/pairing';
import { AppError } from '../http/errors';
import { contractRoutes } from '../http/contract-route';
import { jsonBody } from '../http/json-body';
import { type MakeLimiter, networkLimit, take, waitOf } from '../security/limits';
import { networkQuotaGuard, type PublicQuotas } from '../security/network-quota';
import { sha256 } from '../security/tokens';
import { checkRows, storeRows } from './ingest';
import type { DossierScreens } from './screens';

const bearerOf = (req: Request) => {
  const header = req.headers.authorization ?? '';
  return header.startsWith('Bearer ') ? header.slice(7).trim() : undefined;
};

/** The live integration token a connector's request carries: 401 without one. */
async function connectorOf(deps: Deps, req: Request): Promise<IntegrationToken> {
  const secret = bearerOf(req);
  const token = secret ? await deps.store.connectors.useToken(sha256(secret), deps.clock().toISOString()) : null;
  if (!token) throw new AppError('unauthorized', 'Send an integration token (Authorization: Bearer …) issued in the console, Dossiers → Connectors; it may have been revoked.');
  return token;
}

const vnDay = (d: Date) => new Date(d.getTime() + 7 * 3600_000).toISOString().slice(0, 10);

/** A batch of 1,000 rows with their histories runs to a few megabytes at most. */
const BATCH_BODY_LIMIT = '8mb';

/**
 * The connector's push, the citizens' look-up and the screens' data. Mounted before the API's JSON
 * parser: the batch is larger than the API's other bodies.
 */
export function dossierRoutes(deps: Deps, screens: DossierScreens, makeLimiter: MakeLimiter, quotas: PublicQuotas): Router {
  const r = Router();
  const lim = deps.config.limits.dossierLookup;
  const limiters = {
    kiosk: makeLimiter({ name: 'dossier-kiosk', points: lim.perKiosk, durationS: lim.windowS }),
    kioskMisses: makeLimiter({ name: 'dossier-kiosk-miss', points: lim.missesPerKiosk, durationS: lim.windowS }),
    address: makeLimiter({ name: 'dossier-address', points: lim.perAddress, durationS: lim.windowS }),
    addressMisses: makeLimiter({ name: 'dossier-address-miss', points: lim.missesPerAddress, durationS: lim.windowS }),
    networkMisses: networkLimit(makeLimiter, { name: 'dossier-network-miss', points: lim.missesPerNetwork, durationS: lim.windowS }),
  };
  const centreOf = async (id: string): Promise<Centre> => {
    const c = await deps.store.centres.get(id);
    if (!c) throw new AppError('not_found', `No centre "${id}".`);
    return c;
  };

  // The token is checked before the body is read: nobody else gets megabytes parsed.
  const requireConnector: RequestHandler = async (req, res, next) => {
    res.locals['connector'] = await connectorOf(deps, req);
    next();
  };
  const on = contractRoutes(r, '/api/dossiers');
  on(dossierApi.batch, requireConnector, ...jsonBody(BATCH_BODY_LIMIT), async ({ body: { rows }, res }) => {
    const token = res.locals['connector'] as IntegrationToken;
    const checked = await checkRows(deps, token.centreId, rows);
    const { changedCentres, ...result } = await storeRows(deps, token.centreId, checked);
    // Counts only: the rows (names among them) never reach the log.
    deps.log.info({ token: token.id, rows: rows.length, stored: result.stored, rejected: result.rejected.length }, 'dossier batch');
    await screens.changed(changedCentres);
    return result;
  });

  /**
   * Anonymous, and always 200: a code not found is an answer, not an error. Each look-up is counted for
   * the reports by day and centre, never with the code or the address.
   */
  on(dossierApi.lookup, async ({ query: q, req, res }) => {
    const kiosk = await deviceForToken(deps, bearerOf(req));
    const who = kiosk ? { all: limiters.kiosk, misses: limiters.kioskMisses, key: kiosk.id } : { all: limiters.address, misses: limiters.addressMisses, key: req.ip ?? 'unknown' };
    // A phone is also held by its network's misses: one household's IPv6 addresses are countless.
    const wait = Math.max(await waitOf(who.misses, who.key), kiosk ? 0 : await limiters.networkMisses.wait(req.ip), await take(who.all, who.key));
    if (wait) tooMany(res, wait);
    const askedAt = kiosk ? await deps.store.centres.get(kiosk.centreId) : q.centre ? await deps.store.centres.get(q.centre) : null;
    const key = dossierCodeKey(q.code);
    const dossier = key ? await deps.store.dossiers.get(key) : null;
    await deps.store.dossiers.countLookup(vnDay(deps.clock()), askedAt?.id ?? '', dossier !== null);
    if (!dossier) {
      // The network is charged only for misses its address was allowed: one address does not use up its neighbours'.
      const missWait = (await take(who.misses, who.key)) || (kiosk ? 0 : await limiters.networkMisses.take(req.ip));
      if (missWait) tooMany(res, missWait);
      return dossierNotFound(key, askedAt?.hotline ?? '1022');
    }
    const filedAt = await deps.store.centres.get(dossier.centreId);
    res.setHeader('Cache-Control', 'no-store');
    return describeDossier(dossier, { name: filedAt?.name ?? dossier.centreId, hotline: filedAt?.hotline ?? '1022' }, deps.clock());
  });

  /** Codes and masked names: for the centre's own screens and kiosks, and for staff, not for the open web. */
  on(dossierApi.ready, async ({ query: { centre }, req, res }) => {
    const device = await deviceForToken(deps, bearerOf(req));
    if (device && device.centreId !== centre) throw new AppError('forbidden', `This screen belongs to centre "${device.centreId}".`);
    if (!device && !(await userForSessionCookie(deps, req.headers.cookie))) throw new AppError('unauthorized', 'Only the centre’s paired screens and signed-in staff see the ready list.');
    res.setHeader('Cache-Control', 'no-store');
    return screens.ready(await centreOf(centre));
  });

  /** Public figures, as the centre publishes them ("công khai kết quả giải quyết TTHC"). */
  on(dossierApi.results, networkQuotaGuard(quotas.reads), async ({ query: { centre } }) => screens.results(await centreOf(centre)));

  return r;
}

function tooMany(res: Response, waitS: number): never {
  res.setHeader('Retry-After', String(waitS));
  throw new AppError('rate_limited', `Too many dossier look-ups from here; try again in ${Math.ceil(waitS / 60)} minute(s).`);
}
