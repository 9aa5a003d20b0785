import { impressionApi } from '@hcc/shared/api/impressions';
import { Router } from 'express';
import * as z from 'zod/mini';
import { requireStaff } from '../auth/session';
import type { Deps } from '../context';
import type { HttpPresence } from '../devices/http-presence';
import type { DeviceBudget } from '../realtime/socket-guard';
import { deviceOf, requireDevice } from '../devices/require-device';
import { contractRoutes } from '../http/contract-route';
import { parseQuery } from '../http/parse';
import type { MakeLimiter } from '../security/limits';
import { staffQuota } from '../security/staff-quota';
import { ingestImpressions, ingestSummaries } from './ingest';
import { REFUSAL_TEXT, type RefusalReason } from './plausible';

const IntegrityQuerySchema = z.strictObject({ full: z._default(z.enum(['0', '1']), '0'), fingerprint: z.optional(z.string().check(z.maxLength(64))) });

export function impressionRoutes(deps: Deps, httpPresence: HttpPresence, makeLimiter: MakeLimiter, budget: DeviceBudget): Router {
  const r = Router();
  const chargeWalk = staffQuota(makeLimiter, 'chain-walks', deps.config.limits.chainWalks, 'full walks of the log');
  // HTTP twin of the socket's impression:batch, for players whose socket is down but HTTP works.
  // A screen's batches are the server's busiest body: checked by the schema's compiled form.
  const on = contractRoutes(r, '/api/impressions', { compiled: [impressionApi.batch] });
  // Showings posted over HTTP are a sign of life too: a screen behind a proxy that blocks WebSocket is up.
  // Charged to the same allowance as the socket's events: the HTTP path is no way around it.
  on(impressionApi.batch, requireDevice(deps), async ({ body: { impressions }, res }) => {
    await budget.chargeRequest(res, deviceOf(res).id, impressions.length);
    await httpPresence.heard(deviceOf(res).id);
    return ingestImpressions(deps, deviceOf(res).id, impressions, deviceOf(res));
  });
  // HTTP twin of impression:summary.
  on(impressionApi.summaries, requireDevice(deps), async ({ body: { summaries }, res }) => {
    await budget.chargeRequest(res, deviceOf(res).id, summaries.length);
    await httpPresence.heard(deviceOf(res).id);
    return ingestSummaries(deps, deviceOf(res).id, summaries, deviceOf(res));
  });
  // Does the proof-of-play chain hold? (An auditor's check, read as it comes: not in the contract.) The rows added since the last walk, or (?full=1) all of them.
  r.get('/integrity', requireStaff(deps, 'viewer'), async (req, res) => {
    const { full, fingerprint } = parseQuery(IntegrityQuerySchema, req);
    // Walks queue one behind another: unbounded, one account could keep a core on them for hours.
    if (full === '1') await chargeWalk(res);
    const report = await deps.store.impressions.verify({ full: full === '1', at: deps.clock().toISOString() });
    // A fingerprint printed in an earlier report: does the log still hold the row it names?
    res.json(fingerprint === undefined ? report : { ...report, fingerprintCheck: { fingerprint, result: await deps.store.impressions.compareFingerprint(fingerprint) } });
  });
  // Showings screens sent that could not be true, per screen and reason, for the screen wall.
  on(impressionApi.refusals, requireStaff(deps, 'viewer'), async () => {
    const rows = await deps.store.impressions.refusals();
    return rows.map((x) => ({ deviceId: x.device_id, reason: x.reason, count: x.count, lastAt: x.last_at, text: REFUSAL_TEXT[x.reason as RefusalReason] ?? { vi: x.reason, en: x.reason } }));
  });
  return r;
}
