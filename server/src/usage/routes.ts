import { foldVietnamese } from '@hcc/shared/search/fold';
import { maskPersonalNumbers } from '@hcc/shared/survey/scoring';
import { usageApi } from '@hcc/shared/api/usage';
import { Router } from 'express';
import { requireStaff } from '../auth/session';
import type { Deps } from '../context';
import { deviceOf, requireDevice } from '../devices/require-device';
import { AppError } from '../http/errors';
import { contractRoutes } from '../http/contract-route';
import { type MakeLimiter, take } from '../security/limits';
import type { Catalogue } from '../procedures/catalogue';
import type { UsageKind } from './repo';

/** Vietnam's calendar day of an instant: reports are by local day. */
const vnDay = (d: Date) => new Date(d.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
/** A query is kept folded and cut short: what was looked for, not how a person typed it. */
const QUERY_KEY_MAX = 100;

export function usageRoutes(deps: Deps, catalogue: Catalogue, makeLimiter: MakeLimiter): Router {
  const r = Router();
  const { perKiosk, windowS } = deps.config.limits.usage;
  const perDevice = makeLimiter({ name: 'usage-kiosk', points: perKiosk, durationS: windowS });
  // The counts feed the report's "most viewed" and the search counts, so only paired kiosks report
  // them, each bounded: a citizen taps a few a minute, not thousands. The counts stay anonymous.
  const on = contractRoutes(r, '/api/usage');
  on(usageApi.events, requireDevice(deps, 'kiosk'), async ({ body: { events }, res }) => {
    const wait = await take(perDevice, deviceOf(res).id, events.length);
    if (wait > 0) {
      res.setHeader('Retry-After', String(wait));
      throw new AppError(
        'rate_limited',
        `This kiosk reported more than ${perKiosk} events in ${Math.round(windowS / 60)} minutes; the rest are not counted. Try again in ${Math.ceil(wait / 60)} minute(s).`,
      );
    }
    const counts = new Map<string, { kind: UsageKind; key: string; n: number }>();
    const add = (kind: UsageKind, key: string) => {
      if (!key) return;
      const id = `${kind}\u0000${key}`;
      const c = counts.get(id) ?? { kind, key, n: 0 };
      c.n += 1;
      counts.set(id, c);
    };
    const picks = new Map<string, { q: string; code: string; n: number; rankTotal: number }>();
    // A citizen may type a phone or ID-card number into the search box: it is never kept.
    const keyOf = (q: string) => foldVietnamese(maskPersonalNumbers(q)).slice(0, QUERY_KEY_MAX);
    for (const e of events) {
      if (e.kind === 'view') add('view', e.code);
      else if (e.kind === 'search') add(e.results > 0 ? 'search' : 'search_empty', keyOf(e.q));
      else {
        const q = keyOf(e.q);
        if (!q) continue;
        const p = picks.get(`${q}\u0000${e.code}`) ?? { q, code: e.code, n: 0, rankTotal: 0 };
        p.n += 1;
        p.rankTotal += e.rank;
        picks.set(`${q}\u0000${e.code}`, p);
      }
    }
    const day = vnDay(deps.clock());
    await deps.store.usage.add(day, [...counts.values()]);
    await deps.store.searchLexicon.addPicks(day, [...picks.values()]);
    if (events.some((e) => e.kind === 'view')) catalogue.viewsChanged();
    return { accepted: events.length };
  });
  on(usageApi.emptySearches, requireStaff(deps, 'editor'), async ({ query: q }) => ({
    items: await deps.store.usage.emptySearches(q.from ?? '2000-01-01', q.to ?? vnDay(deps.clock()), q.limit),
  }));
  return r;
}
