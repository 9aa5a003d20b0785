import { foldVietnamese } from '@hcc/shared/search/fold';
import { maskPersonalNumbers } from '@hcc/shared/survey/scoring';
import { DateOnlySchema } from '@hcc/shared/schemas/common';
import { UsageBatchSchema } from '@hcc/shared/schemas/usage';
import { Router } from 'express';
import * as z from 'zod/mini';
import { requireStaff } from '../auth/session';
import type { Deps } from '../context';
import { parseBody, parseQuery } from '../http/parse';
import type { Catalogue } from '../procedures/catalogue';
import type { UsageKind } from './store';

/** Vietnam's calendar day of an instant: reports are by local day. */
const vnDay = (d: Date) => new Date(d.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
/** A query is kept folded and cut short: what was looked for, not how a person typed it. */
const QUERY_KEY_MAX = 100;

export function usageRoutes(deps: Deps, catalogue: Catalogue): Router {
  const r = Router();
  // Public like the catalogue: kiosks and phones report without signing in; the counts are anonymous.
  r.post('/events', async (req, res) => {
    const { events } = parseBody(UsageBatchSchema, req);
    const counts = new Map<string, { kind: UsageKind; key: string; n: number }>();
    const add = (kind: UsageKind, key: string) => {
      if (!key) return;
      const id = `${kind}\u0000${key}`;
      const c = counts.get(id) ?? { kind, key, n: 0 };
      c.n += 1;
      counts.set(id, c);
    };
    for (const e of events) {
      if (e.kind === 'view') add('view', e.code);
      // A citizen may type a phone or ID-card number into the search box: it is never kept.
      else add(e.results > 0 ? 'search' : 'search_empty', foldVietnamese(maskPersonalNumbers(e.q)).slice(0, QUERY_KEY_MAX));
    }
    await deps.store.usage.add(vnDay(deps.clock()), [...counts.values()]);
    if (events.some((e) => e.kind === 'view')) catalogue.viewsChanged();
    res.json({ accepted: events.length });
  });
  r.get('/empty-searches', requireStaff(deps, 'editor'), async (req, res) => {
    const today = vnDay(deps.clock());
    const q = parseQuery(z.strictObject({ from: z._default(DateOnlySchema, '2000-01-01'), to: z._default(DateOnlySchema, today), limit: z._default(z.pipe(z.coerce.number(), z.int().check(z.minimum(1), z.maximum(500))), 100) }), req);
    res.json({ items: await deps.store.usage.emptySearches(q.from, q.to, q.limit) });
  });
  return r;
}
