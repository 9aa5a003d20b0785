import express, { Router } from 'express';
import * as z from 'zod/mini';
import { requireStaff, staffOf } from '../auth/session';
import type { Deps } from '../context';
import { AppError } from '../http/errors';
import { parseQuery } from '../http/parse';
import type { Catalogue } from '../procedures/catalogue';
import type { Hub } from '../realtime/hub';
import { importCatalogue } from './import';

const Flag = z._default(
  z.pipe(
    z.enum(['0', '1', 'true', 'false']),
    z.transform((v) => v === '1' || v === 'true'),
  ),
  false,
);
const ImportQuerySchema = z.strictObject({
  name: z.string().check(z.minLength(1), z.maxLength(200)),
  dryRun: Flag,
  replace: Flag,
  centre: z.optional(z.string().check(z.maxLength(64))),
});

/** The crawl is about 21 MB; a province's own list is far smaller. */
const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

/**
 * POST /api/catalogue/import?name=<file name>&dryRun=1 with the file as the body (admin). A preview
 * first, then the same call without dryRun; kiosks and screens are told to refresh their copy.
 */
export function catalogueRoutes(deps: Deps, catalogue: Catalogue, hub: Hub): Router {
  const r = Router();
  r.post('/import', requireStaff(deps, 'admin'), express.raw({ type: () => true, limit: MAX_IMPORT_BYTES }), async (req, res) => {
    const q = parseQuery(ImportQuerySchema, req);
    if (!Buffer.isBuffer(req.body) || req.body.length === 0) throw new AppError('validation', 'The file is empty.');
    const report = await importCatalogue(deps, [{ name: q.name, data: req.body }], { apply: !q.dryRun, replace: q.replace, centreId: q.centre, actor: staffOf(res).username });
    if (report.applied) {
      await catalogue.reload();
      hub.announceCatalogue('this node');
    }
    res.json(report);
  });
  return r;
}
