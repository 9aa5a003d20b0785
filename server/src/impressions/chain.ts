import { createHash } from 'node:crypto';
import { type Impression, ImpressionReasonSchema } from '@hcc/shared/schemas/impression';
import type { LogKey } from './log-key';
import type { SummaryRow } from './summaries';

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

/** A player's folded summary as its chain sees it. */
export type ChainedSummary = SummaryRow & { received_at: string };
export type StoredSummary = ChainedSummary & { seq: number; chain_hash: string | null };

export const GENESIS = '0'.repeat(64);

const canonicalRow = (r: ChainedRow) => [r.id, r.device_id, r.item_id, r.playlist_id, r.playlist_version, r.started_at, r.duration_ms, r.completed, r.reason, r.received_at].join('\u001f');
const canonicalSummary = (r: ChainedSummary) =>
  ['summary', r.id, r.device_id, r.item_id, r.playlist_id, r.playlist_version, r.day, r.showings, r.play_ms, r.completed, r.first_at, r.last_at, r.received_at].join('\u001f');

/** A link as it was made before keying (issue 18): plain SHA-256, which anyone can recompute. */
export function legacyChainHash(prev: string, r: ChainedRow): string {
  return createHash('sha256').update(prev).update('\u001e').update(canonicalRow(r)).digest('hex');
}

/**
 * Where keyed hashing starts, and with which key. Impressions up to `fromSeq` were linked with plain
 * SHA-256 before the change; every later link is an HMAC with the key kept outside the database, so
 * editing a row and recomputing the hashes after it needs the key, not just the database.
 */
export interface Keying {
  key: LogKey;
  fromSeq: number;
  /** Summaries up to this seq were stored before they had a chain: numbered, not hashed. */
  summariesFromSeq: number;
  startedAt: string;
}

export const rowLink = (k: Keying) => (prev: string, r: StoredRow | (ChainedRow & { seq: number })) => (r.seq > k.fromSeq ? k.key.mac(prev, canonicalRow(r)) : legacyChainHash(prev, r));
/** null: a summary from before the summaries' chain, which carries no hash. */
export const summaryLink = (k: Keying) => (prev: string, r: ChainedSummary & { seq: number }) => (r.seq > k.summariesFromSeq ? k.key.mac(prev, canonicalSummary(r)) : null);

export interface Broken {
  seq: number;
  id: string;
  /** Which chain: a showing or a folded summary. */
  chain: 'impressions' | 'summaries';
  deviceId: string;
  itemId: string;
  playlistId: string;
  /** When the showing started (a summary: its first showing). */
  at: string;
}

export interface ChainWalk {
  ok: boolean;
  rows: number;
  /** Every link that does not follow from the rows before it; the walk goes on past each. */
  broken: Broken[];
  /** Where the walk stopped, so the next one can go on from there. */
  lastSeq: number;
  lastHash: string;
}

/** At most this many broken links are kept: beyond, the log is plainly not evidence any more. */
export const MAX_BROKEN = 200;

/**
 * Recomputes every link of a stretch of a chain, in storage order, from the hash before it. A broken
 * link is noted and the walk goes on from the hash stored with it, so one edited row is named alone
 * and the rows after it still count as checked.
 */
export function verifyLinks<R extends { seq: number; id: string; chain_hash: string | null }>(
  rows: Iterable<R>,
  from: { seq: number; hash: string },
  link: (prev: string, r: R) => string | null,
  describe: (r: R) => Omit<Broken, 'seq' | 'id'>,
): ChainWalk {
  let prev = from.hash;
  let lastSeq = from.seq;
  let n = 0;
  const broken: Broken[] = [];
  for (const r of rows) {
    n += 1;
    lastSeq = r.seq;
    const expected = link(prev, r);
    if (expected === null) {
      if (r.chain_hash !== null && broken.length < MAX_BROKEN) broken.push({ seq: r.seq, id: r.id, ...describe(r) });
      continue;
    }
    if (r.chain_hash !== expected && broken.length < MAX_BROKEN) broken.push({ seq: r.seq, id: r.id, ...describe(r) });
    prev = r.chain_hash ?? expected;
  }
  return { ok: broken.length === 0, rows: n, broken, lastSeq, lastHash: prev };
}

export const describeRow = (r: StoredRow): Omit<Broken, 'seq' | 'id'> => ({ chain: 'impressions', deviceId: r.device_id, itemId: r.item_id, playlistId: r.playlist_id, at: r.started_at });
export const describeSummary = (r: StoredSummary): Omit<Broken, 'seq' | 'id'> => ({ chain: 'summaries', deviceId: r.device_id, itemId: r.item_id, playlistId: r.playlist_id, at: r.first_at });

/** Stored rows as the showings they record. */
export const showingsOf = (rows: readonly StoredRow[]): Impression[] =>
  rows.map((r) => ({
    id: r.id,
    deviceId: r.device_id,
    itemId: r.item_id,
    playlistId: r.playlist_id,
    playlistVersion: r.playlist_version,
    startedAt: r.started_at,
    durationMs: r.duration_ms,
    completed: r.completed === 1,
    reason: ImpressionReasonSchema.parse(r.reason),
  }));

/** A new link: every row stored since keying began is linked with the key. */
export const keyedRowLink = (k: Keying) => (prev: string, r: ChainedRow) => k.key.mac(prev, canonicalRow(r));
export const keyedSummaryLink = (k: Keying) => (prev: string, r: ChainedSummary) => k.key.mac(prev, canonicalSummary(r));
