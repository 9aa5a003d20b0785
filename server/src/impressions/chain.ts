import { createHash } from 'node:crypto';

/** The stored fields of an impression, in a fixed order, as the hash sees them. */
export interface ChainedRow {
  id: string;
  device_id: string;
  item_id: string;
  playlist_id: string;
  playlist_version: number;
  started_at: string;
  duration_ms: number;
  completed: number;
  reason: string;
  received_at: string;
}

export type StoredRow = ChainedRow & { seq: number; chain_hash: string | null };

export const GENESIS = '0'.repeat(64);

export function chainHash(prev: string, r: ChainedRow): string {
  const canonical = [r.id, r.device_id, r.item_id, r.playlist_id, r.playlist_version, r.started_at, r.duration_ms, r.completed, r.reason, r.received_at].join('\u001f');
  return createHash('sha256').update(prev).update('\u001e').update(canonical).digest('hex');
}

export interface ChainWalk {
  ok: boolean;
  rows: number;
  /** The first row whose hash does not follow from the rows before it. */
  firstBroken: { seq: number; id: string } | null;
  /** Where the walk stopped, so the next one can go on from there. */
  lastSeq: number;
  lastHash: string;
}

/** Recomputes every link of a stretch of the log, in storage order, from the hash before it. */
export function verifyChain(rows: Iterable<StoredRow>, from: { seq: number; hash: string } = { seq: 0, hash: GENESIS }): ChainWalk {
  let prev = from.hash;
  let lastSeq = from.seq;
  let n = 0;
  for (const r of rows) {
    n += 1;
    const expected = chainHash(prev, r);
    if (r.chain_hash !== expected) return { ok: false, rows: n, firstBroken: { seq: r.seq, id: r.id }, lastSeq, lastHash: prev };
    prev = expected;
    lastSeq = r.seq;
  }
  return { ok: true, rows: n, firstBroken: null, lastSeq, lastHash: prev };
}
