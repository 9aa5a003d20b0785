import { createHash } from 'node:crypto';
import { reportApi } from '@hcc/shared/api/reports';
import type { IssuedReport } from '@hcc/shared/reports/archive';
import { DateOnlySchema, IdSchema } from '@hcc/shared/schemas/common';
import { type Response, Router } from 'express';
import * as z from 'zod/mini';
import { requireCentreScope } from '../auth/scope';
import { requireStaff, staffOf } from '../auth/session';
import type { Deps } from '../context';
import { AppError } from '../http/errors';
import { contractRoutes } from '../http/contract-route';
import { parseParams, parseQuery } from '../http/parse';
import type { MakeLimiter } from '../security/limits';
import { staffQuota } from '../security/staff-quota';
import { Turns } from '../security/turns';
import { newId } from '../security/tokens';
import { scopeKey } from './archive-repo';
import { buildReport, reportScope, type ReportScope } from './build';
import { reportDocx } from './docx';
import { docxOptions } from './docx-options';
import { narrativeFor } from './narrative-text';
import { rawLogCsv } from './raw-csv';
import { streamCsv } from './stream-csv';
import { reportXlsx } from './xlsx';

const ReportQuerySchema = z.strictObject({
  from: DateOnlySchema,
  to: DateOnlySchema,
  centre: z.optional(IdSchema),
  format: z._default(z.enum(['json', 'csv', 'xlsx', 'docx']), 'json'),
});
const IdParams = z.object({ id: IdSchema });
const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * GET /api/reports?from=YYYY-MM-DD&to=YYYY-MM-DD[&centre=<id>]&format=json|xlsx|docx|csv — what was shown
 * (by item, reform area, form, screen, centre, day), progress against the plan, satisfaction, kiosk
 * use, screen uptime and the log's integrity, for one centre or a province with its communes. Days
 * are Vietnam days, both ends included. XLSX has a sheet per dimension with totals as formulas, DOCX
 * is the report in the Decree 30/2020 layout with its narrative and evidence appendix, CSV the raw log
 * of the period (with the summaries players folded while offline, see raw-csv.ts). The narrative is
 * written in the console (GET/PUT /narrative) and a report, once issued (POST /issue), is kept in the
 * archive as issued, file and figures, for the next period to compare with and an auditor to re-check.
 */
export function reportRoutes(deps: Deps, makeLimiter: MakeLimiter): Router {
  const r = Router();
  const viewer = requireStaff(deps, 'viewer');
  const editor = requireStaff(deps, 'editor');
  const limits = deps.config.limits.reports;
  const chargeBuild = staffQuota(makeLimiter, 'report-builds', limits, 'reports built');
  const turns = new Turns({ perKey: limits.runningPerUser, waitingPerKey: limits.waitingPerUser, total: limits.running });
  /** Builds once the account's earlier builds are done, each counted against its quota. */
  const build = async <T>(res: Response, make: () => Promise<T>): Promise<T> => {
    const done = await turns.start(staffOf(res).id);
    if (!done) {
      res.setHeader('Retry-After', '5');
      throw new AppError('rate_limited', 'Reports asked for by this account (or by everyone) are already being built; wait for them, then ask again.');
    }
    try {
      await chargeBuild(res);
      return await make();
    } finally {
      done();
    }
  };
  /** A centre's report is its staff's to write; the report over every centre, only for staff of no centre. */
  const requireScope = async (res: Response, centre: string | null) => {
    if (centre) return requireCentreScope(deps, res, [centre]);
    if (staffOf(res).centreId !== null) throw new AppError('forbidden', 'Chọn trung tâm của mình: báo cáo chung của mọi trung tâm do cấp tỉnh lập.');
  };
  const docx = async (scope: ReportScope, number: string | null) => {
    const report = await buildReport(deps, scope);
    const { narrative } = await narrativeFor(deps, scope.centre?.id ?? null, report);
    return { report, narrative, file: await reportDocx(report, await docxOptions(deps, scope, report, { narrative, number })) };
  };
  const sendDocx = (res: Response, name: string, file: Buffer) => {
    res.setHeader('Content-Type', DOCX_TYPE);
    res.setHeader('Content-Disposition', `attachment; filename="${name}"`);
    res.send(file);
  };

  r.get('/', viewer, async (req, res) => {
    const q = parseQuery(ReportQuerySchema, req);
    const scope = await reportScope(deps, q);
    await build(res, async () => {
      if (q.format === 'csv') {
        res.setHeader('Content-Type', 'text/csv; charset=utf-8');
        res.setHeader('Content-Disposition', `attachment; filename="luot-phat-${q.from}-${q.to}.csv"`);
        return void (await streamCsv(res, (write) => rawLogCsv(deps, scope, write)));
      }
      const file = `bao-cao-${scope.centre?.id ?? 'toan-bo'}-${q.from}-${q.to}.${q.format}`;
      if (q.format === 'docx') return void sendDocx(res, file, (await docx(scope, null)).file);
      const report = await buildReport(deps, scope);
      if (q.format === 'json') return void res.json(report);
      res.setHeader('Content-Disposition', `attachment; filename="${file}"`);
      res.setHeader('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      res.send(await reportXlsx(report));
    });
  });

  const on = contractRoutes(r, '/api/reports');
  on(reportApi.narrative, viewer, async ({ query, res }) => {
    const scope = await reportScope(deps, query);
    return build(res, async () => narrativeFor(deps, scope.centre?.id ?? null, await buildReport(deps, scope)));
  });

  on(reportApi.saveNarrative, editor, async ({ body: input, res }) => {
    await reportScope(deps, { from: input.from, to: input.to, centre: input.centre ?? undefined });
    await requireScope(res, input.centre);
    const key = scopeKey(input.centre);
    const before = await deps.store.reports.narrative(key, input.from, input.to);
    const saved = { narrative: input.narrative, updatedAt: deps.clock().toISOString(), updatedBy: staffOf(res).username };
    await deps.store.reports.saveNarrative(key, input.from, input.to, saved);
    await deps.store.audit.append({
      at: saved.updatedAt,
      actor: saved.updatedBy,
      action: 'report.narrative',
      subject: `${key}:${input.from}:${input.to}`,
      before: before?.narrative ?? null,
      after: input.narrative,
    });
    return saved;
  });

  on(reportApi.issue, editor, async ({ body: input, res }) => {
    const scope = await reportScope(deps, { from: input.from, to: input.to, centre: input.centre ?? undefined });
    await requireScope(res, input.centre);
    const { report, narrative, file } = await build(res, () => docx(scope, input.number));
    const meta: IssuedReport = {
      id: newId(),
      centreId: input.centre,
      from: input.from,
      to: input.to,
      number: input.number,
      issuedAt: report.generatedAt,
      issuedBy: staffOf(res).username,
      fileSha256: createHash('sha256').update(file).digest('hex'),
      showings: report.showings.totals.showings,
      chainFingerprint: report.integrity.fingerprint,
      intact: report.integrity.ok,
      narrative,
    };
    await deps.store.reports.issue(meta, report, file);
    await deps.store.audit.append({ at: meta.issuedAt, actor: meta.issuedBy, action: 'report.issue', subject: meta.id, before: null, after: { ...meta, narrative: undefined } });
    return meta;
  });

  on(reportApi.archive, viewer, async ({ query: { centre } }) => ({ items: await deps.store.reports.list(centre ? scopeKey(centre) : null) }));
  const issued = async (id: string) => {
    const found = await deps.store.reports.get(id);
    if (!found) throw new AppError('not_found', `Không có báo cáo đã ban hành ${id}.`);
    return found;
  };
  r.get('/archive/:id', viewer, async (req, res) => {
    const { meta, report } = await issued(parseParams(IdParams, req).id);
    res.json({ meta, report });
  });
  r.get('/archive/:id/docx', viewer, async (req, res) => {
    const { meta, docx: file } = await issued(parseParams(IdParams, req).id);
    sendDocx(res, `bao-cao-${meta.centreId ?? 'toan-bo'}-${meta.from}-${meta.to}-da-ban-hanh.docx`, file);
  });
  return r;
}
