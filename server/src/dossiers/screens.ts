import { addCounts, type DossierCounts, dossierFigures, NO_COUNTS } from '@hcc/shared/dossiers/figures';
import type { Centre } from '@hcc/shared/schemas/centre';
import { DEFAULT_FEED_SETTINGS, type DossierFeedStatus, type DossierReadyList, type DossierResults } from '@hcc/shared/schemas/dossier';
import type { Deps } from '../context';
import type { Hub } from '../realtime/hub';
import type { FeedRecord } from './connector-repo';
import type { FieldCounts, Window } from './repo';

/** The longest list a screen is sent: a waiting room pages through a few dozen at most. */
export const READY_LIST_MAX = 200;
/** Figures a screen asks for again within this time come from memory: many screens, one query. */
const RESULTS_TTL_MS = 30_000;
export const OTHER_FIELD = 'Khác';

const vnParts = (d: Date) => {
  const vn = new Date(d.getTime() + 7 * 3600_000);
  return { y: vn.getUTCFullYear(), m: vn.getUTCMonth() + 1 };
};
const vnStart = (y: number, m: number) => new Date(`${y}-${String(m).padStart(2, '0')}-01T00:00:00+07:00`).toISOString();

/**
 * A feed's health. A commune fed through its province's connector is as fresh as the province's feed:
 * a commune with no dossier today is quiet, not cut off.
 */
export function feedStatus(centreId: string, own: FeedRecord | null, parent: FeedRecord | null, now: Date): DossierFeedStatus {
  const settings = own?.settings ?? DEFAULT_FEED_SETTINGS;
  const last =
    [own?.lastUpdateAt, parent?.lastUpdateAt]
      .filter((t): t is string => !!t)
      .sort()
      .at(-1) ?? null;
  const isStale = last === null || now.getTime() - Date.parse(last) > settings.staleAfterMinutes * 60_000;
  return { centreId, settings, lastUpdateAt: last, isStale, pull: settings.pull && own ? own.pull : null };
}

export interface DossierScreens {
  feed(centre: Centre): Promise<DossierFeedStatus>;
  ready(centre: Centre): Promise<DossierReadyList>;
  results(centre: Centre): Promise<DossierResults>;
  /** After a connector changed these centres: their screens get the new list, cached figures are dropped. */
  changed(centreIds: Iterable<string>): Promise<void>;
}

const figuresOf = (rows: readonly FieldCounts[], pick: (r: FieldCounts) => boolean) => {
  const sum = (i: number) => rows.filter(pick).reduce<DossierCounts>((a, r) => addCounts(a, r.windows[i] ?? NO_COUNTS), NO_COUNTS);
  return { month: dossierFigures(sum(0)), year: dossierFigures(sum(1)) };
};

/** What the TV slides show, built from the store; one per node, with its small figures cache. */
export function dossierScreens(deps: Deps, hub: Hub): DossierScreens {
  const cache = new Map<string, { at: number; value: DossierResults }>();
  const feed = async (centre: Centre) => {
    const [own, parent] = await Promise.all([deps.store.connectors.feed(centre.id), centre.parentId ? deps.store.connectors.feed(centre.parentId) : null]);
    return feedStatus(centre.id, own, parent, deps.clock());
  };
  const ready = async (centre: Centre): Promise<DossierReadyList> => {
    const [status, list] = await Promise.all([feed(centre), deps.store.dossiers.ready(centre.id, READY_LIST_MAX)]);
    // A stale feed sends no names at all: the slide hides, and nothing old lingers in a screen's cache.
    return { centreId: centre.id, asOf: status.lastUpdateAt, isStale: status.isStale, items: status.isStale ? [] : list.items, total: status.isStale ? 0 : list.total };
  };
  const results = async (centre: Centre): Promise<DossierResults> => {
    const now = deps.clock();
    const hit = cache.get(centre.id);
    if (hit && now.getTime() - hit.at < RESULTS_TTL_MS) return hit.value;
    const centres = await deps.store.centres.list();
    const communes = centre.kind === 'province' ? centres.filter((c) => c.parentId === centre.id) : [];
    const { y, m } = vnParts(now);
    const to = now.toISOString();
    const windows: Window[] = [
      { from: vnStart(y, m), to },
      { from: vnStart(y, 1), to },
    ];
    const [rows, status] = await Promise.all([deps.store.dossiers.counts([centre.id, ...communes.map((c) => c.id)], windows, to), feed(centre)]);
    const fields = [...new Set(rows.map((r) => r.field || OTHER_FIELD))];
    const value: DossierResults = {
      centreId: centre.id,
      centreName: centre.name,
      monthLabel: `tháng ${m} năm ${y}`,
      yearLabel: `năm ${y}`,
      asOf: status.lastUpdateAt,
      isStale: status.isStale,
      total: figuresOf(rows, () => true),
      byField: fields
        .map((field) => ({ field, ...figuresOf(rows, (r) => (r.field || OTHER_FIELD) === field) }))
        .sort((a, b) => b.year.received - a.year.received || a.field.localeCompare(b.field, 'vi')),
      communes: communes.map((c) => ({ centreId: c.id, centreName: c.name, ...figuresOf(rows, (r) => r.centreId === c.id) })),
    };
    cache.set(centre.id, { at: now.getTime(), value });
    return value;
  };
  return {
    feed,
    ready,
    results,
    async changed(centreIds) {
      const centres = await deps.store.centres.list();
      for (const id of centreIds) {
        const centre = centres.find((c) => c.id === id);
        if (!centre) continue;
        cache.delete(id);
        if (centre.parentId) cache.delete(centre.parentId);
        hub.pushDossiers({ centreId: id, ready: await ready(centre) });
      }
    },
  };
}
