import { measureSourceOf, type PlanMeasureSource, type PlanTarget } from '../schemas/plan';
import type { RegisterEntry } from '../schemas/register';
import type { PlaylistVersion } from '../schemas/playlist';
import { itemIndex, type ShowingGroup } from './aggregate';

export interface PeriodProgress {
  from: string;
  to: string;
  required: number;
  shown: number;
  /** The report covers only part of this period: a shortfall may still be made up. */
  partial: boolean;
}

export interface TargetProgress {
  targetId: string;
  seq: number;
  content: string;
  product: string;
  /** The appendix's own columns, so the report reproduces the plan's table. */
  lead: string;
  partners: string;
  timing: string;
  measuredBy: PlanMeasureSource;
  /** met/behind against a measure; `done`/`not_done` for a row without one (something recorded, or not); `self` for the unit to assess. */
  status: 'met' | 'behind' | 'done' | 'not_done' | 'self';
  periods: PeriodProgress[];
  /** The items that counted, by title. */
  items: string[];
  /** The register entries that counted: title, date and count. */
  entries: { title: string; date: string; count: number }[];
}

/** How a row's assessment reads in the report and the console. */
export const TARGET_STATUS_LABELS: Record<TargetProgress['status'], string> = { met: 'Đạt', behind: 'Chưa đạt', done: 'Đã thực hiện', not_done: 'Chưa thực hiện', self: 'Đơn vị tự đánh giá' };

const iso = (d: Date) => d.toISOString().slice(0, 10);
const day = (s: string) => new Date(`${s}T00:00:00Z`);

/** Calendar periods (Vietnam days) that touch [from, to]: months, quarters, halves, years, or Monday weeks. */
export function periodsOf(per: NonNullable<PlanTarget['measure']>['per'], from: string, to: string): { from: string; to: string }[] {
  const out: { from: string; to: string }[] = [];
  let start = day(from);
  if (per === 'week') start = new Date(start.getTime() - ((start.getUTCDay() + 6) % 7) * 86_400_000);
  else {
    const months = { month: 1, quarter: 3, half: 6, year: 12 }[per];
    start = new Date(Date.UTC(start.getUTCFullYear(), Math.floor(start.getUTCMonth() / months) * months, 1));
  }
  while (iso(start) <= to) {
    const next = per === 'week' ? new Date(start.getTime() + 7 * 86_400_000) : new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + { month: 1, quarter: 3, half: 6, year: 12 }[per], 1));
    out.push({ from: iso(start), to: iso(new Date(next.getTime() - 86_400_000)) });
    start = next;
  }
  return out;
}

/**
 * One name per item counted, as the evidence list names it (its title when first shown): an item
 * renamed in a later version is still one product, and three names for the two a period counts
 * would not add up.
 */
function itemNames(shown: readonly { item: { id: string; title: string }; at: string }[]): string[] {
  const first = new Map<string, { title: string; at: string }>();
  for (const s of shown) {
    const seen = first.get(s.item.id);
    if (!seen || s.at < seen.at) first.set(s.item.id, { title: s.item.title, at: s.at });
  }
  return [...first.values()].map((n) => n.title);
}

/**
 * Progress against each plan row, counted the way the row says: showings of the distinct items tagged
 * to it in playlists (an item's form never makes it count: a slogan on the TV is not a leaflet), the
 * register entries tagged to it (their counts added up), or both. Without a measure a row is `done`
 * once something counted, and a `self` row is left to the unit's own assessment.
 */
export function targetProgress(
  targets: readonly PlanTarget[],
  groups: readonly (Pick<ShowingGroup, 'itemId' | 'playlistId' | 'playlistVersion' | 'day'> & { first?: string })[],
  versions: readonly PlaylistVersion[],
  register: readonly Pick<RegisterEntry, 'targetId' | 'date' | 'count' | 'title' | 'withdrawn'>[],
  from: string,
  to: string,
): TargetProgress[] {
  const itemOf = itemIndex(versions);
  const shown = groups.flatMap((g) => {
    const item = itemOf(g);
    return item?.targetId ? [{ item, day: g.day, at: `${g.day} ${g.first ?? ''}` }] : [];
  });
  const recorded = register.filter((e) => e.withdrawn === null && e.targetId !== null && e.date >= from && e.date <= to);
  return targets.map((t) => {
    const source = measureSourceOf(t);
    const base = { targetId: t.id, seq: t.seq, content: t.content, product: t.product, lead: t.lead, partners: t.partners, timing: t.timing, measuredBy: source };
    const mine = source === 'showings' || source === 'both' ? shown.filter((s) => s.item.targetId === t.id) : [];
    const entries = source === 'register' || source === 'both' ? recorded.filter((e) => e.targetId === t.id) : [];
    const counted = { items: itemNames(mine), entries: entries.map((e) => ({ title: e.title, date: e.date, count: e.count })) };
    if (source === 'self') return { ...base, status: 'self', periods: [], ...counted };
    if (!t.measure) return { ...base, status: mine.length || entries.length ? 'done' : 'not_done', periods: [], ...counted };
    const { count } = t.measure;
    const periods = periodsOf(t.measure.per, from, to).map((p) => ({
      ...p,
      required: count,
      shown: new Set(mine.filter((s) => s.day >= p.from && s.day <= p.to).map((s) => s.item.id)).size + entries.filter((e) => e.date >= p.from && e.date <= p.to).reduce((n, e) => n + e.count, 0),
      partial: p.from < from || p.to > to,
    }));
    const behind = periods.some((p) => p.shown < p.required && !p.partial) || periods.every((p) => p.partial && p.shown < p.required);
    return { ...base, status: behind ? 'behind' : 'met', periods, ...counted };
  });
}
