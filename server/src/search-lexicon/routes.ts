import { DateOnlySchema } from '@hcc/shared/schemas/common';
import { foldPhrase, type StaffSynonym, StaffSynonymInputSchema, suggestSynonyms } from '@hcc/shared/search/staff-lexicon';
import { Router } from 'express';
import * as z from 'zod/mini';
import { requireStaff, staffOf } from '../auth/session';
import type { Deps } from '../context';
import { AppError } from '../http/errors';
import { parseBody, parseParams, parseQuery } from '../http/parse';
import type { Catalogue } from '../procedures/catalogue';
import type { Hub } from '../realtime/hub';
import { newId } from '../security/tokens';

const vnDay = (d: Date) => new Date(d.getTime() + 7 * 3600_000).toISOString().slice(0, 10);

/**
 * /api/search-lexicon: the console's loop for search (issue 17). Editors read what citizens did not find
 * and the suggestions; a synonym changes search for every centre's kiosks, so only province-wide editors
 * (no centre of their own) add, dismiss or remove one. Each change is audited, the index rebuilt, and
 * kiosks told the catalogue changed, as after an import.
 */
export function searchLexiconRoutes(deps: Deps, catalogue: Catalogue, hub: Hub): Router {
  const r = Router();
  const audit = (actor: string, action: string, subject: string, before: unknown, after: unknown) =>
    deps.store.audit.append({ at: deps.clock().toISOString(), actor, action, subject, before, after });
  const provinceWide = (res: Parameters<typeof staffOf>[0]) => {
    const user = staffOf(res);
    if (user.centreId !== null) throw new AppError('forbidden', 'A synonym changes search at every centre: ask a province-wide editor to add it.');
    return user;
  };
  const applied = async () => {
    await catalogue.reload();
    hub.announceCatalogue('this node');
  };

  r.get('/', requireStaff(deps, 'editor'), async (_req, res) => {
    res.json({ items: await deps.store.searchLexicon.all() });
  });

  r.get('/suggestions', requireStaff(deps, 'editor'), async (req, res) => {
    const today = vnDay(deps.clock());
    const q = parseQuery(
      z.strictObject({ from: z._default(DateOnlySchema, '2000-01-01'), to: z._default(DateOnlySchema, today), limit: z._default(z.pipe(z.coerce.number(), z.int().check(z.minimum(1), z.maximum(200))), 50) }),
      req,
    );
    const [empty, picks, known] = await Promise.all([deps.store.usage.emptySearches(q.from, q.to, 500), deps.store.searchLexicon.picks(q.from, q.to, 2000), deps.store.searchLexicon.all()]);
    res.json({ items: suggestSynonyms(empty, picks, known, (code) => catalogue.nameOf(code), q.limit) });
  });

  r.post('/', requireStaff(deps, 'editor'), async (req, res) => {
    const user = provinceWide(res);
    const input = parseBody(StaffSynonymInputSchema, req);
    const s: StaffSynonym = { id: newId(), say: foldPhrase(input.say), means: foldPhrase(input.means), field: input.field, status: 'active', createdBy: user.username, createdAt: deps.clock().toISOString() };
    if (s.say === s.means) throw new AppError('validation', 'Từ người dân gõ và từ của danh mục giống nhau: không cần thêm (the two phrases are the same).');
    const before = await deps.store.searchLexicon.put(s);
    await audit(user.username, 'search_lexicon.add', s.say, before, s);
    await applied();
    res.status(201).json(s);
  });

  r.post('/dismiss', requireStaff(deps, 'editor'), async (req, res) => {
    const user = provinceWide(res);
    const { say } = parseBody(z.strictObject({ say: StaffSynonymInputSchema.shape.say }), req);
    const s: StaffSynonym = { id: newId(), say: foldPhrase(say), means: '', field: '', status: 'dismissed', createdBy: user.username, createdAt: deps.clock().toISOString() };
    const before = await deps.store.searchLexicon.put(s);
    await audit(user.username, 'search_lexicon.dismiss', s.say, before, s);
    // An active synonym turned down changes search; a suggestion dismissed does not.
    if (before?.status === 'active') await applied();
    res.json(s);
  });

  r.delete('/:id', requireStaff(deps, 'editor'), async (req, res) => {
    const user = provinceWide(res);
    const { id } = parseParams(z.strictObject({ id: z.string().check(z.maxLength(64)) }), req);
    const before = await deps.store.searchLexicon.remove(id);
    if (!before) throw new AppError('not_found', 'No such synonym (it may have been removed already).');
    await audit(user.username, 'search_lexicon.remove', before.say, before, null);
    if (before.status === 'active') await applied();
    res.status(204).end();
  });
  return r;
}
