import { type Broken, type ChainWalk, describeRow, describeSummary, type Keying, MAX_BROKEN, rowLink, type StoredRow, type StoredSummary, summaryLink, verifyLinks } from './chain';

/** Rows per step of a chain walk: each step is one query, then the hashing of what it read. */
export const WALK_PAGE = 20_000;

/** Where a walk of each chain starts: the last row already checked (or the anchor, or the genesis). */
export interface WalkStart {
  rows: { seq: number; hash: string };
  summaries: { seq: number; hash: string };
}

export interface ChainWalks {
  rows: ChainWalk;
  summaries: ChainWalk;
}

/** Reads of both chains in seq order: each engine's connection provides them. */
export interface ChainPages {
  /** Up to `limit` rows with seq above `afterSeq`, in seq order. */
  page(afterSeq: number, limit: number): Promise<StoredRow[]>;
  summaryPage(afterSeq: number, limit: number): Promise<StoredSummary[]>;
  /** The last seq of each chain (0: empty): how much a walk has ahead of it. */
  ends(): Promise<{ rows: number; summaries: number }>;
}

async function walk<R extends { seq: number; id: string; chain_hash: string | null }>(
  page: (after: number, limit: number) => Promise<R[]>,
  from: { seq: number; hash: string },
  link: (prev: string, r: R) => string | null,
  describe: (r: R) => Omit<Broken, 'seq' | 'id'>,
): Promise<ChainWalk> {
  let total: ChainWalk = { ok: true, rows: 0, broken: [], lastSeq: from.seq, lastHash: from.hash };
  for (;;) {
    const rows = await page(total.lastSeq, WALK_PAGE);
    const step = verifyLinks(rows, { seq: total.lastSeq, hash: total.lastHash }, link, describe);
    const broken = [...total.broken, ...step.broken].slice(0, MAX_BROKEN);
    total = { ...step, ok: broken.length === 0, broken, rows: total.rows + step.rows };
    if (rows.length < WALK_PAGE) return total;
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/**
 * Recomputes every link of both chains from `from` to their current ends, page by page. Rows stored
 * meanwhile are walked too if they land before the walk reaches the end (each page reads what is
 * committed when it runs).
 */
export async function walkChains(pages: ChainPages, k: Keying, from: WalkStart): Promise<ChainWalks> {
  const rows = await walk((a, l) => pages.page(a, l), from.rows, rowLink(k), describeRow);
  const summaries = await walk((a, l) => pages.summaryPage(a, l), from.summaries, summaryLink(k), describeSummary);
  return { rows, summaries };
}
