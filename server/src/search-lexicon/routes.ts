import { searchLexiconApi } from '@hcc/shared/api/search-lexicon';
import { foldPhrase, type StaffSynonym, suggestSynonyms } from '@hcc/shared/search/staff-lexicon';
import { gapDemand } from '@hcc/shared/search/gap-list';
import { Router } from 'express';
import { requireStaff, staffOf } from '../auth/session';
import type { Deps } from '../context';
import { contractRoutes } from '../http/contract-route';
import { AppError } from '../http/errors';
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
  const audit = (actor: string, action: string, subject: string, before: unknown, after: unknown) => deps.store.audit.append({ at: deps.clock().toISOString(), actor, action, subject, before, after });
  const provinceWide = (res: Parameters<typeof staffOf>[0]) => {
    const user = staffOf(res);
    if (user.centreId !== null) throw new AppError('forbidden', 'A synonym changes search at every centre: ask a province-wide editor to add it.');
    return user;
  };
  const applied = async () => {
    await catalogue.reload();
    hub.announceCatalogue('this node');
  };

  const on = contractRoutes(r, '/api/search-lexicon');
  on(searchLexiconApi.list, requireStaff(deps, 'editor'), async () => ({ items: await deps.store.searchLexicon.all() }));

  on(searchLexiconApi.suggestions, requireStaff(deps, 'editor'), async ({ query }) => {
    const from = query.from ?? '2000-01-01';
    const to = query.to ?? vnDay(deps.clock());
    const [empty, picks, known] = await Promise.all([deps.store.usage.emptySearches(from, to, 500), deps.store.searchLexicon.picks(from, to, 2000), deps.store.searchLexicon.all()]);
    return { items: suggestSynonyms(empty, picks, known, (code) => catalogue.nameOf(code), query.limit) };
  });

  // The commonest 5,000 wordings: a year of a province's kiosks holds tens of thousands, most typed once.
  on(searchLexiconApi.gaps, requireStaff(deps, 'editor'), async ({ query }) => {
    const searches = await deps.store.usage.searches(query.from ?? '2000-01-01', query.to ?? vnDay(deps.clock()), 5000);
    return { items: gapDemand(catalogue.openGaps(), searches) };
  });

  on(searchLexiconApi.add, requireStaff(deps, 'editor'), async ({ body, res }) => {
    const user = provinceWide(res);
    const s: StaffSynonym = {
      id: newId(),
      say: foldPhrase(body.say),
      means: foldPhrase(body.means),
      field: body.field,
      status: 'active',
      createdBy: user.username,
      createdAt: deps.clock().toISOString(),
    };
    if (s.say === s.means) throw new AppError('validation', 'Từ người dân gõ và từ của danh mục giống nhau: không cần thêm (the two phrases are the same).');
    const before = await deps.store.searchLexicon.put(s);
    await audit(user.username, 'search_lexicon.add', s.say, before, s);
    await applied();
    return s;
  });

  on(searchLexiconApi.dismiss, requireStaff(deps, 'editor'), async ({ body, res }) => {
    const user = provinceWide(res);
    const s: StaffSynonym = { id: newId(), say: foldPhrase(body.say), means: '', field: '', status: 'dismissed', createdBy: user.username, createdAt: deps.clock().toISOString() };
    const before = await deps.store.searchLexicon.put(s);
    await audit(user.username, 'search_lexicon.dismiss', s.say, before, s);
    // An active synonym turned down changes search; a suggestion dismissed does not.
    if (before?.status === 'active') await applied();
    return s;
  });

  on(searchLexiconApi.remove, requireStaff(deps, 'editor'), async ({ params, res }) => {
    const user = provinceWide(res);
    const before = await deps.store.searchLexicon.remove(params.id);
    if (!before) throw new AppError('not_found', 'No such synonym (it may have been removed already).');
    await audit(user.username, 'search_lexicon.remove', before.say, before, null);
    if (before.status === 'active') await applied();
    return { ok: true } as const;
  });
  return r;
}
