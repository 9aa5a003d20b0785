import { useEffect, useState } from 'preact/hooks';

/** A page shorter than this cannot be read from across a waiting room. */
export const MIN_PAGE_MS = 6_000;

/** Where each paged item stopped, so its next turn in the loop goes on from there rather than page 1 again. */
const resumeAt = new Map<string, number>();

/**
 * Pages through `pageCount` pages within the item's time on screen, no page shorter than
 * MIN_PAGE_MS; pages that do not fit in one showing come in the next.
 */
export function usePage(itemId: string, pageCount: number, durationMs: number, active: boolean): number {
  const [page, setPage] = useState(() => (resumeAt.get(itemId) ?? 0) % Math.max(1, pageCount));
  const perShowing = Math.max(1, Math.min(pageCount, Math.floor(durationMs / MIN_PAGE_MS)));
  useEffect(() => {
    if (page >= pageCount) setPage(0);
  }, [pageCount]);
  useEffect(() => {
    resumeAt.set(itemId, (page + 1) % Math.max(1, pageCount));
  }, [page, pageCount]);
  useEffect(() => {
    if (!active || pageCount <= 1) return undefined;
    const timer = setInterval(() => setPage((p) => (p + 1) % pageCount), durationMs / perShowing);
    return () => clearInterval(timer);
  }, [active, pageCount, durationMs, perShowing]);
  return Math.min(page, Math.max(0, pageCount - 1));
}

export function pageOf<T>(rows: readonly T[], page: number, perPage: number): T[] {
  return rows.slice(page * perPage, page * perPage + perPage);
}
