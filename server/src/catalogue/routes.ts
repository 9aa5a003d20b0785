import express, { Router } from 'express';
import * as z from 'zod/mini';
import { managesSharedForms } from '@hcc/shared/schemas/staff';
import { requireCentreScope } from '../auth/scope';
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
    // A centre's selection is its own staff's to set. Procedures are shared by every centre: an import
    // without a centre, or one that removes what the file leaves out, changes every centre's kiosks, so
    // it is for the province's admins (as the shared survey forms and the search synonyms are).
    if (q.centre) await requireCentreScope(deps, res, [q.centre]);
    const mayChangeShared = managesSharedForms(staffOf(res), await deps.store.centres.list());
    if ((!q.centre || q.replace) && !mayChangeShared)
      throw new AppError('forbidden', 'The procedure catalogue is shared by every centre: import it, or remove procedures from it, as a province admin; a centre imports its own list with ?centre=.');
    if (!Buffer.isBuffer(req.body) || req.body.length === 0) throw new AppError('validation', 'The file is empty.');
    const report = await importCatalogue(deps, [{ name: q.name, data: req.body }], { apply: !q.dryRun, replace: q.replace, centreId: q.centre, mayChangeShared, actor: staffOf(res).username });
    if (report.applied) {
      await catalogue.reload();
      hub.announceCatalogue('this node');
    }
    res.json(report);
  });
  return r;
}
