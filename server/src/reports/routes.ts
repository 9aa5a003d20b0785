import { toCsv } from '@hcc/shared/csv';
import { aggregateShowings } from '@hcc/shared/reports/aggregate';
import { targetProgress } from '@hcc/shared/reports/targets';
import { DateOnlySchema, IdSchema } from '@hcc/shared/schemas/common';
import { summarise } from '@hcc/shared/survey/scoring';
import { Router } from 'express';
import * as z from 'zod/mini';
import { requireStaff } from '../auth/session';
import type { Deps } from '../context';
import { AppError } from '../http/errors';
import { parseQuery } from '../http/parse';

const ReportQuerySchema = z.strictObject({
  from: DateOnlySchema,
  to: DateOnlySchema,
  centre: z.optional(IdSchema),
  format: z._default(z.enum(['json', 'csv']), 'json'),
});
/** A year and a bit: the annual report, with room for a calendar quarter overlap. */
const MAX_DAYS = 400;
const vnDayStart = (d: string) => new Date(`${d}T00:00:00+07:00`).toISOString();

/**
 * GET /api/reports?from=YYYY-MM-DD&to=YYYY-MM-DD[&centre=<id>]&format=json|csv — what was shown
 * (by item, reform area, form, screen, centre, day), satisfaction and the kiosk's dead-end searches,
 * for one centre or a province with its communes. Days are Vietnam days, both ends included.
 */
export function reportRoutes(deps: Deps): Router {
  const r = Router();
  r.get('/', requireStaff(deps, 'viewer'), async (req, res) => {
    const q = parseQuery(ReportQuerySchema, req);
    if (q.from > q.to) throw new AppError('validation', `The period runs backwards: ${q.from} is after ${q.to}.`, [{ path: 'to', message: 'before from' }]);
    const days = (Date.parse(q.to) - Date.parse(q.from)) / 86_400_000 + 1;
    if (days > MAX_DAYS) throw new AppError('validation', `A report covers at most ${MAX_DAYS} days; ${q.from} to ${q.to} is ${days}.`, [{ path: 'to', message: 'period too long' }]);
    const centres = await deps.store.centres.list();
    const scopeCentre = q.centre ? centres.find((c) => c.id === q.centre) : null;
    if (q.centre && !scopeCentre) throw new AppError('not_found', `Unknown centre "${q.centre}".`);
    // A province reports over itself and its communes.
    const scope = scopeCentre ? new Set([scopeCentre.id, ...centres.filter((c) => c.parentId === scopeCentre.id).map((c) => c.id)]) : null;

    const devices = await deps.store.devices.list();
    const screens = new Map(devices.filter((d) => !scope || scope.has(d.centreId)).map((d) => [d.id, { name: d.name, centreId: d.centreId }]));
    const fromIso = vnDayStart(q.from);
    const toIso = new Date(Date.parse(vnDayStart(q.to)) + 86_400_000).toISOString();
    const rows = (await deps.store.impressions.between(fromIso, toIso)).filter((i) => screens.has(i.deviceId));

    if (q.format === 'csv') {
      res.setHeader('Content-Type', 'text/csv; charset=utf-8');
      res.setHeader('Content-Disposition', `attachment; filename="luot-phat-${q.from}-${q.to}.csv"`);
      return void res.send(toCsv(['id', 'screen', 'centre', 'item', 'playlist', 'version', 'started_at', 'duration_ms', 'completed', 'reason'], rows.map((i) => [i.id, screens.get(i.deviceId)?.name, screens.get(i.deviceId)?.centreId, i.itemId, i.playlistId, i.playlistVersion, i.startedAt, i.durationMs, i.completed, i.reason])));
    }
    const versions = await deps.store.playlists.allVersions();
    const showings = aggregateShowings(rows, versions, screens, new Map(centres.map((c) => [c.id, c.name])));
    // Each centre's targets against its own screens' showings.
    const targets = await deps.store.plans.list(scope ? [...scope] : null);
    const progress = [...new Set(targets.map((t) => t.centreId))].flatMap((c) =>
      targetProgress(
        targets.filter((t) => t.centreId === c),
        rows.filter((i) => screens.get(i.deviceId)?.centreId === c),
        versions,
        q.from,
        q.to,
      ).map((p) => ({ centreId: c, ...p })),
    );
    const forms = await deps.store.surveys.forms();
    const answers = (await deps.store.surveys.since(null, fromIso)).filter((a) => a.receivedAt < toIso && a.excludedReason === null && (!scope || scope.has(a.centreId)));
    res.json({
      period: { from: q.from, to: q.to, days },
      scope: scopeCentre ? { id: scopeCentre.id, name: scopeCentre.name, centres: [...(scope ?? [])] } : { id: null, name: 'Toàn bộ', centres: centres.map((c) => c.id) },
      showings,
      targets: progress,
      satisfaction: summarise(answers, forms),
      // Kiosk counts are per day and not per centre: they cover every kiosk.
      kiosk: {
        ...(await deps.store.usage.searchCounts(q.from, q.to)),
        mostViewed: await Promise.all((await deps.store.usage.topViews(q.from, q.to, 10)).map(async (v) => ({ ...v, name: (await deps.store.procedures.get(v.code))?.name ?? v.code }))),
        emptySearches: await deps.store.usage.emptySearches(q.from, q.to, 50),
      },
      integrity: await deps.store.impressions.verify(),
    });
  });
  return r;
}
