import { toCsv } from '@hcc/shared/csv';
import { DateOnlySchema } from '@hcc/shared/schemas/common';
import { Router } from 'express';
import { z } from 'zod';
import { requireStaff } from '../auth/session';
import type { Deps } from '../context';
import { parseQuery } from '../http/parse';

const AuditQuerySchema = z
  .object({
    actor: z.string().max(100).optional(),
    action: z.string().max(100).optional(),
    subject: z.string().max(100).optional(),
    from: DateOnlySchema.optional(),
    to: DateOnlySchema.optional(),
    limit: z.coerce.number().int().min(1).max(10_000).default(200),
    format: z.enum(['json', 'csv']).default('json'),
  })
  .strict();

/** Dates are local (Vietnam) calendar days; the log stores UTC instants. */
const vnDayStart = (d: string) => new Date(`${d}T00:00:00+07:00`).toISOString();
const vnDayAfter = (d: string) => new Date(Date.parse(`${d}T00:00:00+07:00`) + 86_400_000).toISOString();

export function auditRoutes(deps: Deps): Router {
  const r = Router();
  r.get('/', requireStaff(deps, 'admin'), async (req, res) => {
    const q = parseQuery(AuditQuerySchema, req);
    const rows = await deps.store.audit.query({ ...q, from: q.from && vnDayStart(q.from), to: q.to && vnDayAfter(q.to) });
    if (q.format === 'json') return void res.json({ items: rows });
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', 'attachment; filename="nhat-ky-thay-doi.csv"');
    res.send(toCsv(['seq', 'at', 'actor', 'action', 'subject', 'before', 'after'], rows.map((e) => [e.seq, e.at, e.actor, e.action, e.subject, e.before, e.after])));
  });
  return r;
}
