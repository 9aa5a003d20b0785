import type { PlanTarget } from '../schemas/plan';
import type { PlaylistItem, PlaylistVersion } from '../schemas/playlist';
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
  status: 'met' | 'behind' | 'not_measured';
  periods: PeriodProgress[];
  /** The items that counted, by title. */
  items: string[];
}

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
 * Progress against each measurable target: in every period of the target's rhythm, how many distinct
 * items that count for it were shown. An item counts when it names the target, or — when no item
 * names it — when its form (and reform area, if the target has one) matches.
 */
export function targetProgress(targets: readonly PlanTarget[], groups: readonly Pick<ShowingGroup, 'itemId' | 'playlistId' | 'playlistVersion' | 'day'>[], versions: readonly PlaylistVersion[], from: string, to: string): TargetProgress[] {
  const itemOf = itemIndex(versions);
  const shown = groups.flatMap((g) => {
    const item = itemOf(g);
    return item ? [{ item, day: g.day }] : [];
  });
  return targets.map((t) => {
    const base = { targetId: t.id, seq: t.seq, content: t.content, product: t.product };
    if (!t.measure) return { ...base, status: 'not_measured', periods: [], items: [] };
    const named = shown.some((s) => s.item.targetId === t.id);
    const counts = (i: PlaylistItem) => (named ? i.targetId === t.id : i.form !== null && i.form === t.form && (!t.reformArea || i.reformArea === t.reformArea));
    const mine = shown.filter((s) => counts(s.item));
    const { count } = t.measure;
    const periods = periodsOf(t.measure.per, from, to).map((p) => ({
      ...p,
      required: count,
      shown: new Set(mine.filter((s) => s.day >= p.from && s.day <= p.to).map((s) => s.item.id)).size,
      partial: p.from < from || p.to > to,
    }));
    const behind = periods.some((p) => p.shown < p.required && !p.partial) || periods.every((p) => p.partial && p.shown < p.required);
    return { ...base, status: behind ? 'behind' : 'met', periods, items: [...new Set(mine.map((s) => s.item.title))] };
  });
}
