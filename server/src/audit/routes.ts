import { toCsv } from '@hcc/shared/csv';
import { DateOnlySchema } from '@hcc/shared/schemas/common';
import { Router } from 'express';
import * as z from 'zod/mini';
import { managesCentre } from '@hcc/shared/schemas/staff';
import { requireStaff, staffOf } from '../auth/session';
import type { Deps } from '../context';
import { parseQuery } from '../http/parse';

const AuditQuerySchema = z.strictObject({
  actor: z.optional(z.string().check(z.maxLength(100))),
  action: z.optional(z.string().check(z.maxLength(100))),
  subject: z.optional(z.string().check(z.maxLength(100))),
  from: z.optional(DateOnlySchema),
  to: z.optional(DateOnlySchema),
  limit: z._default(z.pipe(z.coerce.number(), z.int().check(z.minimum(1), z.maximum(10_000))), 200),
  format: z._default(z.enum(['json', 'csv']), 'json'),
});

/** Dates are local (Vietnam) calendar days; the log stores UTC instants. */
const vnDayStart = (d: string) => new Date(`${d}T00:00:00+07:00`).toISOString();
const vnDayAfter = (d: string) => new Date(Date.parse(`${d}T00:00:00+07:00`) + 86_400_000).toISOString();

export function auditRoutes(deps: Deps): Router {
  const r = Router();
  r.get('/', requireStaff(deps, 'admin'), async (req, res) => {
    const q = parseQuery(AuditQuerySchema, req);
    const all = await deps.store.audit.query({ ...q, from: q.from && vnDayStart(q.from), to: q.to && vnDayAfter(q.to) });
    // An admin of a centre reads what the accounts of that centre (and, for a province, its communes) did;
    // the province's and other communes' changes are theirs to read.
    const self = staffOf(res);
    let rows = all;
    if (self.centreId !== null) {
      const centres = await deps.store.centres.list();
      const actors = new Set((await deps.store.users.list()).filter((u) => u.centreId !== null && managesCentre(self, u.centreId, centres)).map((u) => u.username));
      rows = all.filter((e) => actors.has(e.actor));
    }
    if (q.format === 'json') return void res.json({ items: rows });
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', 'attachment; filename="nhat-ky-thay-doi.csv"');
    res.send(
      toCsv(
        ['seq', 'at', 'actor', 'action', 'subject', 'before', 'after'],
        rows.map((e) => [e.seq, e.at, e.actor, e.action, e.subject, e.before, e.after]),
      ),
    );
  });
  return r;
}
