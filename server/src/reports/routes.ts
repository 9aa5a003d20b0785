import { DateOnlySchema, IdSchema } from '@hcc/shared/schemas/common';
import { Router } from 'express';
import * as z from 'zod/mini';
import { requireStaff } from '../auth/session';
import type { Deps } from '../context';
import { parseQuery } from '../http/parse';
import { buildReport, reportScope } from './build';
import { reportDocx } from './docx';
import { docxOptions } from './docx-options';
import { rawLogCsv } from './raw-csv';
import { reportXlsx } from './xlsx';

const ReportQuerySchema = z.strictObject({
  from: DateOnlySchema,
  to: DateOnlySchema,
  centre: z.optional(IdSchema),
  format: z._default(z.enum(['json', 'csv', 'xlsx', 'docx']), 'json'),
});

/**
 * GET /api/reports?from=YYYY-MM-DD&to=YYYY-MM-DD[&centre=<id>]&format=json|xlsx|docx|csv — what was shown
 * (by item, reform area, form, screen, centre, day), progress against the plan, satisfaction, kiosk
 * use, screen uptime and the log's integrity, for one centre or a province with its communes. Days
 * are Vietnam days, both ends included. XLSX has a sheet per dimension with totals as formulas, DOCX
 * is the report in the Decree 30/2020 layout with its evidence appendix, CSV the raw log of the period
 * (with the summaries players folded while offline, see raw-csv.ts).
 */
export function reportRoutes(deps: Deps): Router {
  const r = Router();
  r.get('/', requireStaff(deps, 'viewer'), async (req, res) => {
    const q = parseQuery(ReportQuerySchema, req);
    const scope = await reportScope(deps, q);
    if (q.format === 'csv') {
      res.setHeader('Content-Type', 'text/csv; charset=utf-8');
      res.setHeader('Content-Disposition', `attachment; filename="luot-phat-${q.from}-${q.to}.csv"`);
      return void res.send(await rawLogCsv(deps, scope));
    }
    const report = await buildReport(deps, scope);
    if (q.format === 'json') return void res.json(report);
    const file = `bao-cao-${scope.centre?.id ?? 'toan-bo'}-${q.from}-${q.to}.${q.format}`;
    res.setHeader('Content-Disposition', `attachment; filename="${file}"`);
    if (q.format === 'xlsx') {
      res.setHeader('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      return void res.send(await reportXlsx(report));
    }
    res.setHeader('Content-Type', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    res.send(await reportDocx(report, await docxOptions(deps, scope, report)));
  });
  return r;
}
