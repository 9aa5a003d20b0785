import type { IntegrityReport, LogProblem } from '@hcc/shared/reports/report';
import { type Broken, GENESIS, type Keying, MAX_BROKEN } from './chain';
import type { ChainWalks, WalkStart } from './walk-chains';

/** A recorded walk of the chain, as the chain_checks table holds it. */
export interface CheckRow {
  checked_at: string;
  full: number;
  rows: number;
  last_seq: number;
  last_hash: string;
  summary_seq: number;
  summary_hash: string;
  ok: number;
  broken_seq: number | null;
  broken_id: string | null;
  broken_json: string | null;
}

/** Where both chains ended at one moment, under the key's MAC (see chain_heads in migration 012). */
export interface HeadRow {
  recorded_at: string;
  reason: 'day' | 'report' | 'check';
  day: string | null;
  seq: number;
  hash: string;
  summary_seq: number;
  summary_hash: string;
  mac: string;
}

export interface AnchorRow {
  seq: number;
  hash: string;
  pruned_at: string;
  mac: string | null;
}

/** What a walk needs from the database; each engine's impression repo provides it. */
export interface ChainLog {
  keying(): Promise<Keying>;
  lastCheck(): Promise<CheckRow | null>;
  lastFullCheckAt(): Promise<string | null>;
  /**
   * Recomputes both chains' links from `from` to their ends (walk-chains.ts). Each engine walks in a
   * worker thread with a connection of its own where it can, so a walk of a million rows never
   * makes the batches being stored meanwhile wait for the event loop.
   */
  walk(k: Keying, from: WalkStart): Promise<ChainWalks>;
  recordCheck(c: CheckRow): Promise<void>;
  /** Where the log starts once old rows were pruned by retention: the last pruned row; null if none ever was. */
  anchor(): Promise<AnchorRow | null>;
  heads(): Promise<HeadRow[]>;
  /** The stored hash of each of these rows that still exists. */
  hashesAt(seqs: number[]): Promise<Map<number, string | null>>;
  summaryHashesAt(seqs: number[]): Promise<Map<number, string | null>>;
  recordHead(h: HeadRow): Promise<void>;
}

export const headMac = (k: Keying, h: Omit<HeadRow, 'mac'>) => k.key.mac('head', h.recorded_at, h.reason, h.day ?? '', h.seq, h.hash, h.summary_seq, h.summary_hash);
export const anchorMac = (k: Keying, a: Omit<AnchorRow, 'mac'>) => k.key.mac('anchor', a.seq, a.hash, a.pruned_at);

/** The short form of a head printed in a report: enough to find the row again and compare its hash. */
export const fingerprintOf = (h: { seq: number; hash: string; summary_seq: number; summary_hash: string }) =>
  `${h.seq}-${h.hash.slice(0, 12)}${h.summary_seq ? `/${h.summary_seq}-${h.summary_hash.slice(0, 8)}` : ''}`;
const FINGERPRINT = /^(\d+)-([0-9a-f]{12})(?:\/(\d+)-([0-9a-f]{8}))?$/;

const toProblem = (b: Broken): LogProblem => ({
  kind: b.chain === 'impressions' ? 'row' : 'summary',
  seq: b.seq,
  deviceId: b.deviceId,
  itemId: b.itemId,
  playlistId: b.playlistId,
  at: b.at,
  day: null,
});

/**
 * Every recorded head must still be there: the row it names holds the hash it recorded. A head past
 * the log's end means rows were removed from the end; a different hash, that they were rewritten.
 */
async function checkHeads(log: ChainLog, k: Keying, end: { seq: number; summarySeq: number }, anchorSeq: number): Promise<LogProblem[]> {
  const heads = await log.heads();
  const problems: LogProblem[] = [];
  const forged = heads.filter((h) => headMac(k, h) !== h.mac);
  for (const h of forged) problems.push({ kind: 'head', seq: h.seq, deviceId: null, itemId: null, playlistId: null, at: h.recorded_at, day: h.day, detail: 'forged' });
  const good = heads.filter((h) => !forged.includes(h));
  const rows = await log.hashesAt([...new Set(good.filter((h) => h.seq > anchorSeq).map((h) => h.seq))]);
  const sums = await log.summaryHashesAt([...new Set(good.filter((h) => h.summary_seq > 0).map((h) => h.summary_seq))]);
  for (const h of good) {
    const rowGone = h.seq > anchorSeq && (h.seq > end.seq || !rows.has(h.seq));
    const rowChanged = !rowGone && h.seq > anchorSeq && rows.get(h.seq) !== h.hash;
    const sumGone = h.summary_seq > 0 && (h.summary_seq > end.summarySeq || !sums.has(h.summary_seq));
    const sumChanged = !sumGone && h.summary_seq > 0 && sums.get(h.summary_seq) !== h.summary_hash;
    if (rowGone || rowChanged || sumGone || sumChanged)
      problems.push({ kind: 'head', seq: h.seq, deviceId: null, itemId: null, playlistId: null, at: h.recorded_at, day: h.day, detail: rowGone || sumGone ? 'cut' : 'rewritten' });
  }
  return problems.slice(0, MAX_BROKEN);
}

/**
 * Walks both hash chains (showings and folded summaries), checks every recorded head and retention's
 * anchor, and records the walk and the head it ended at. `full` starts from the first row (or, once
 * retention has pruned old rows, from the anchor they left); otherwise the walk goes on from where the
 * last good one stopped, so a report re-checks only what is new.
 */
export async function checkChain(log: ChainLog, { full, at, reason }: { full: boolean; at: string; reason: HeadRow['reason'] }): Promise<IntegrityReport> {
  const k = await log.keying();
  const before = full ? null : await log.lastCheck();
  const anchor = await log.anchor();
  const problems: LogProblem[] = [];
  // An anchor written after keying began must carry the key's MAC: a made-up one would hide removed rows.
  if (anchor && (anchor.mac ? anchor.mac !== anchorMac(k, anchor) : anchor.pruned_at > k.startedAt))
    problems.push({ kind: 'anchor', seq: anchor.seq, deviceId: null, itemId: null, playlistId: null, at: anchor.pruned_at, day: null });
  // A broken chain stays broken: only a full walk looks at it again.
  const carried: LogProblem[] = before && !before.ok ? (JSON.parse(before.broken_json ?? '[]') as LogProblem[]) : [];
  const from = before ?? null;
  const { rows, summaries: sums } = await log.walk(k, {
    rows: from ? { seq: from.last_seq, hash: from.last_hash } : anchor ? { seq: anchor.seq, hash: anchor.hash } : { seq: 0, hash: GENESIS },
    summaries: from ? { seq: from.summary_seq, hash: from.summary_hash } : { seq: 0, hash: GENESIS },
  });
  problems.push(...rows.broken.map(toProblem), ...sums.broken.map(toProblem));
  problems.push(...(await checkHeads(log, k, { seq: rows.lastSeq, summarySeq: sums.lastSeq }, anchor?.seq ?? 0)));
  const all = [...carried, ...problems.filter((p) => !carried.some((c) => c.kind === p.kind && c.seq === p.seq))].slice(0, MAX_BROKEN);
  const ok = all.length === 0;
  const total = (before?.rows ?? 0) + rows.rows + sums.rows;
  const first = all.find((p) => p.kind === 'row' || p.kind === 'summary');
  await log.recordCheck({
    checked_at: at,
    full: before ? 0 : 1,
    rows: total,
    last_seq: rows.lastSeq,
    last_hash: rows.lastHash,
    summary_seq: sums.lastSeq,
    summary_hash: sums.lastHash,
    ok: ok ? 1 : 0,
    broken_seq: first?.seq ?? null,
    broken_id: null,
    broken_json: ok ? null : JSON.stringify(all),
  });
  const head: Omit<HeadRow, 'mac'> = { recorded_at: at, reason, day: null, seq: rows.lastSeq, hash: rows.lastHash, summary_seq: sums.lastSeq, summary_hash: sums.lastHash };
  await log.recordHead({ ...head, mac: headMac(k, head) });
  return {
    ok,
    rows: total,
    firstBroken: first ? { seq: first.seq ?? 0, id: '' } : null,
    problems: all,
    fullCheckAt: await log.lastFullCheckAt(),
    checkedAt: at,
    keying: { keyId: k.key.id, fromSeq: k.fromSeq, startedAt: k.startedAt },
    fingerprint: fingerprintOf(head),
    rollUps: null,
  };
}

/**
 * Records where both chains end at the close of a Vietnam day, after a walk of what is new. The
 * caller writes it to the audit log too.
 */
export async function recordDayHead(log: ChainLog, day: string, at: string): Promise<{ report: IntegrityReport; head: HeadRow }> {
  const report = await checkChain(log, { full: false, at, reason: 'check' });
  const k = await log.keying();
  const last = await log.lastCheck();
  const head: Omit<HeadRow, 'mac'> = {
    recorded_at: at,
    reason: 'day',
    day,
    seq: last?.last_seq ?? 0,
    hash: last?.last_hash ?? GENESIS,
    summary_seq: last?.summary_seq ?? 0,
    summary_hash: last?.summary_hash ?? GENESIS,
  };
  const row = { ...head, mac: headMac(k, head) };
  await log.recordHead(row);
  return { report, head: row };
}

/**
 * Whether a fingerprint printed in an earlier report still matches the log: the row it names must
 * exist with the hash it printed (and the same for the summaries' chain). Rows pruned by retention
 * since cannot be compared and say so.
 */
export async function compareFingerprint(log: ChainLog, fingerprint: string): Promise<'matches' | 'differs' | 'pruned' | 'malformed'> {
  const m = FINGERPRINT.exec(fingerprint.trim());
  if (!m) return 'malformed';
  const [seq, prefix, sseq, sprefix] = [Number(m[1]), m[2] ?? '', m[3] === undefined ? 0 : Number(m[3]), m[4] ?? ''];
  const anchor = await log.anchor();
  if (seq === 0 && prefix === GENESIS.slice(0, 12)) return 'matches';
  if (anchor && seq <= anchor.seq) return seq === anchor.seq && anchor.hash.startsWith(prefix) ? 'matches' : 'pruned';
  const row = (await log.hashesAt([seq])).get(seq);
  if (!row?.startsWith(prefix)) return 'differs';
  if (sseq > 0 && !(await log.summaryHashesAt([sseq])).get(sseq)?.startsWith(sprefix)) return 'differs';
  return 'matches';
}
