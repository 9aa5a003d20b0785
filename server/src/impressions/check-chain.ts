import type { IntegrityReport } from '@hcc/shared/reports/report';
import { type ChainWalk, GENESIS, type StoredRow, verifyChain } from './chain';

/** Rows per step of a chain walk: the event loop gets a turn between steps, so a long walk never stalls the server. */
const WALK_PAGE = 20_000;

/** A recorded walk of the chain, as the chain_checks table holds it. */
export interface CheckRow {
  checked_at: string;
  full: number;
  rows: number;
  last_seq: number;
  last_hash: string;
  ok: number;
  broken_seq: number | null;
  broken_id: string | null;
}

/** What a walk needs from the database; each engine's impression repo provides it. */
export interface ChainLog {
  lastCheck(): Promise<CheckRow | null>;
  lastFullCheckAt(): Promise<string | null>;
  /** Up to `limit` rows with seq above `afterSeq`, in seq order. */
  page(afterSeq: number, limit: number): Promise<StoredRow[]>;
  recordCheck(c: CheckRow): Promise<void>;
  /** Where the log starts once old rows were pruned by retention: the last pruned row; null if none ever was. */
  anchor(): Promise<{ seq: number; hash: string } | null>;
}

async function walk(log: ChainLog, from: { seq: number; hash: string }): Promise<ChainWalk> {
  let total: ChainWalk = { ok: true, rows: 0, firstBroken: null, lastSeq: from.seq, lastHash: from.hash };
  for (;;) {
    const rows = await log.page(total.lastSeq, WALK_PAGE);
    const step = verifyChain(rows, { seq: total.lastSeq, hash: total.lastHash });
    total = { ...step, rows: total.rows + step.rows };
    if (!step.ok || rows.length < WALK_PAGE) return total;
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/**
 * Walks the hash chain and records the walk. `full` starts from the first row (or, once retention has
 * pruned old rows, from the anchor they left); otherwise the walk goes on from where the last good
 * one stopped, so a report re-checks only what is new.
 */
export async function checkChain(log: ChainLog, { full, at }: { full: boolean; at: string }): Promise<IntegrityReport> {
  const before = full ? null : await log.lastCheck();
  // A broken chain stays broken: only a full walk looks at it again.
  if (before && !before.ok) return { ok: false, rows: before.rows, firstBroken: { seq: before.broken_seq ?? 0, id: before.broken_id ?? '' }, fullCheckAt: await log.lastFullCheckAt(), checkedAt: at };
  const w = await walk(log, before ? { seq: before.last_seq, hash: before.last_hash } : ((await log.anchor()) ?? { seq: 0, hash: GENESIS }));
  const rows = (before?.rows ?? 0) + w.rows;
  await log.recordCheck({ checked_at: at, full: before ? 0 : 1, rows, last_seq: w.lastSeq, last_hash: w.lastHash, ok: w.ok ? 1 : 0, broken_seq: w.firstBroken?.seq ?? null, broken_id: w.firstBroken?.id ?? null });
  return { ok: w.ok, rows, firstBroken: w.firstBroken, fullCheckAt: await log.lastFullCheckAt(), checkedAt: at };
}
