import { dossierApi } from '@hcc/shared/api/dossiers';
import { IdSchema } from '@hcc/shared/schemas/common';
import { managesCentre } from '@hcc/shared/schemas/staff';
import type { DossierImportReport, IntegrationToken } from '@hcc/shared/schemas/dossier';
import express, { Router } from 'express';
import * as z from 'zod/mini';
import { requireCentreScope } from '../auth/scope';
import { requireStaff, staffOf } from '../auth/session';
import type { Deps } from '../context';
import { AppError } from '../http/errors';
import { contractRoutes } from '../http/contract-route';
import { jsonBody } from '../http/json-body';
import { parseQuery } from '../http/parse';
import { InternalAddressError, internalAllowance, resolvePublic } from '../links/public-address';
import { newId, randomToken, sha256 } from '../security/tokens';
import { readDossierTable } from './file-rows';
import { checkRows, storeRows } from './ingest';
import type { Hub } from '../realtime/hub';
import type { DossierScreens } from './screens';

const Flag = z._default(
  z.pipe(
    z.enum(['0', '1', 'true', 'false']),
    z.transform((v) => v === '1' || v === 'true'),
  ),
  false,
);
const ImportQuerySchema = z.strictObject({ centre: IdSchema, name: z.string().check(z.minLength(1), z.maxLength(200)), dryRun: Flag });
const SAMPLE_ROWS = 20;
/** A year of a province's dossiers exported at once stays well under this. */
const MAX_IMPORT_BYTES = 30 * 1024 * 1024;
/** Prefix of every token's secret, so a leaked one is recognised by secret scanners and people. */
const TOKEN_PREFIX = 'hccd_';

/** Staff's side: integration tokens, feed settings and the file import (admins, within their centres). */
export function dossierConsoleRoutes(deps: Deps, screens: DossierScreens, hub: Hub): Router {
  const r = Router();
  const audit = (actor: string, action: string, subject: string, before: unknown, after: unknown) => deps.store.audit.append({ at: deps.clock().toISOString(), actor, action, subject, before, after });
  const visible = async <T extends { centreId: string }>(res: express.Response, list: T[]) => {
    const centres = await deps.store.centres.list();
    return list.filter((t) => managesCentre(staffOf(res), t.centreId, centres));
  };
  const allowed = internalAllowance(deps.config.feedInternalHosts);
  /** Said when the feed is saved, not only at its first pull; the pull checks again at every hop. */
  const refuseInternalFeed = async (url: string) => {
    const host = new URL(url).hostname;
    try {
      await resolvePublic(host, allowed(host));
    } catch (err) {
      if (err instanceof InternalAddressError) {
        throw new AppError(
          'validation',
          `The feed's address is internal (${err.host}): the server pulls only from public addresses and from the internal hosts its operator allows (FEED_INTERNAL_HOSTS).`,
        );
      }
      // A name that does not resolve today may tomorrow: the pull will say so in the feed's status.
    }
  };
  const centreOrFail = async (id: string) => {
    const c = await deps.store.centres.get(id);
    if (!c) throw new AppError('validation', `Unknown centre "${id}".`, [{ path: 'centreId', message: 'unknown centre' }]);
    return c;
  };

  r.post('/import', requireStaff(deps, 'editor'), express.raw({ type: () => true, limit: MAX_IMPORT_BYTES }), async (req, res) => {
    const q = parseQuery(ImportQuerySchema, req);
    await requireCentreScope(deps, res, [q.centre]);
    await centreOrFail(q.centre);
    if (!Buffer.isBuffer(req.body) || req.body.length === 0) throw new AppError('validation', 'The file is empty.');
    const table = await readDossierTable(req.body, q.name);
    const checked = await checkRows(
      deps,
      q.centre,
      table.rows.map((t) => t.value),
      (i) => table.rows[i]!.row,
    );
    const problems = [...table.problems, ...checked.problems].sort((a, b) => a.row - b.row);
    const report: DossierImportReport = {
      applied: !q.dryRun,
      centreId: q.centre,
      rows: table.count,
      valid: checked.states.length,
      problems,
      sample: checked.states
        .slice(0, SAMPLE_ROWS)
        .map((s) => ({ code: s.code, procedureCode: s.procedureCode, status: s.status, receivedAt: s.receivedAt, appointmentAt: s.appointmentAt, maskedName: s.maskedName ?? '' })),
      result: null,
    };
    if (!q.dryRun) {
      const { changedCentres, ...result } = await storeRows(deps, q.centre, { states: checked.states, problems });
      report.result = result;
      await audit(staffOf(res).username, 'dossiers.import', q.centre, null, { file: q.name, rows: table.count, stored: result.stored, rejected: problems.length });
      await screens.changed(changedCentres);
    }
    res.json(report);
  });

  r.use(jsonBody('64kb'));

  const on = contractRoutes(r, '/api/dossiers');
  on(dossierApi.tokens, requireStaff(deps, 'admin'), async ({ res }) => visible(res, await deps.store.connectors.tokens()));
  on(dossierApi.createToken, requireStaff(deps, 'admin'), async ({ body: input, res }) => {
    await requireCentreScope(deps, res, [input.centreId]);
    await centreOrFail(input.centreId);
    const secret = `${TOKEN_PREFIX}${randomToken()}`;
    const token: IntegrationToken = {
      id: newId(),
      name: input.name,
      centreId: input.centreId,
      createdAt: deps.clock().toISOString(),
      createdBy: staffOf(res).username,
      lastUsedAt: null,
      revokedAt: null,
    };
    await deps.store.connectors.createToken(token, sha256(secret));
    await audit(token.createdBy, 'dossiers.token.create', token.id, null, token);
    return { token, secret };
  });
  on(dossierApi.revokeToken, requireStaff(deps, 'admin'), async ({ params: { id }, res }) => {
    const token = (await deps.store.connectors.tokens()).find((t) => t.id === id);
    if (!token) throw new AppError('not_found', `No integration token "${id}".`);
    await requireCentreScope(deps, res, [token.centreId]);
    if (!(await deps.store.connectors.revokeToken(id, deps.clock().toISOString()))) throw new AppError('conflict', 'This token is already revoked.');
    await audit(staffOf(res).username, 'dossiers.token.revoke', id, token, null);
    return { ok: true } as const;
  });

  on(dossierApi.feeds, requireStaff(deps, 'viewer'), async ({ res }) => {
    const centres = await visible(
      res,
      (await deps.store.centres.list()).map((c) => ({ ...c, centreId: c.id })),
    );
    return Promise.all(centres.map((c) => screens.feed(c)));
  });
  on(dossierApi.setFeed, requireStaff(deps, 'admin'), async ({ params: { centreId }, body: settings, res }) => {
    await requireCentreScope(deps, res, [centreId]);
    const centre = await centreOrFail(centreId);
    if (settings.pull) await refuseInternalFeed(settings.pull.url);
    const before = await deps.store.connectors.feed(centreId);
    await deps.store.connectors.setFeedSettings(centreId, settings);
    await audit(staffOf(res).username, 'dossiers.feed.update', centreId, before?.settings ?? null, settings);
    // A new stale-after can put the feed on or off the air now: screens and the wall hear it at once,
    // not at the watcher's next tick.
    const status = await screens.feed(centre);
    hub.announceDossierFeed(status);
    await screens.changed([centreId]);
    return status;
  });
  return r;
}
