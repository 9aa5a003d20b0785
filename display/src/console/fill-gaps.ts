/**
 * Every day (or month) of the period (`span`, widened to any data outside it), in order, with 0
 * where nothing was shown: a chart of a quarter shows the quarter, not just the days with showings.
 */
export function fillGaps(days: { key: string; showings: number }[], monthly: boolean, span?: { from: string; to: string }): { key: string; showings: number }[] {
  // A month's group may be keyed by its first day: a month is its first seven characters.
  const sorted = days.map((d) => ({ key: monthly ? d.key.slice(0, 7) : d.key, showings: d.showings })).sort((a, b) => a.key.localeCompare(b.key));
  const cut = (k: string) => (monthly ? k.slice(0, 7) : k);
  const keys = [...sorted.map((d) => d.key), ...(span ? [cut(span.from), cut(span.to)] : [])].sort();
  const first = sorted.length ? { key: keys[0] ?? '' } : undefined;
  const last = sorted.length ? { key: keys[keys.length - 1] ?? '' } : undefined;
  if (!first || !last) return [];
  const byKey = new Map<string, number>();
  for (const d of sorted) byKey.set(d.key, (byKey.get(d.key) ?? 0) + d.showings);
  const out: { key: string; showings: number }[] = [];
  // Calendar keys stepped in UTC: "2026-03-01" and "2026-03" carry no zone, so none can shift them.
  const at = new Date(`${monthly ? `${first.key}-01` : first.key}T00:00:00Z`);
  for (let guard = 0; guard < 4000; guard++) {
    const key = at.toISOString().slice(0, monthly ? 7 : 10);
    out.push({ key, showings: byKey.get(key) ?? 0 });
    if (key >= last.key) break;
    if (monthly) at.setUTCMonth(at.getUTCMonth() + 1);
    else at.setUTCDate(at.getUTCDate() + 1);
  }
  return out;
}
